import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  external_exports
} from "./chunk-WW7OP26R.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-V4RWK56N.js";

// node_modules/@fast-csv/format/build/src/FormatterOptions.js
var require_FormatterOptions = __commonJS({
  "node_modules/@fast-csv/format/build/src/FormatterOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FormatterOptions = void 0;
    var FormatterOptions = class {
      objectMode = true;
      delimiter = ",";
      rowDelimiter = "\n";
      quote = '"';
      escape = this.quote;
      quoteColumns = false;
      quoteHeaders = this.quoteColumns;
      headers = null;
      includeEndRowDelimiter = false;
      transform;
      shouldWriteHeaders;
      writeBOM = false;
      escapedQuote;
      BOM = "\uFEFF";
      alwaysWriteHeaders = false;
      constructor(opts = {}) {
        Object.assign(this, opts || {});
        if (typeof opts?.quoteHeaders === "undefined") {
          this.quoteHeaders = this.quoteColumns;
        }
        if (opts?.quote === true) {
          this.quote = '"';
        } else if (opts?.quote === false) {
          this.quote = "";
        }
        if (typeof opts?.escape !== "string") {
          this.escape = this.quote;
        }
        this.shouldWriteHeaders = !!this.headers && (opts.writeHeaders ?? true);
        this.headers = Array.isArray(this.headers) ? this.headers : null;
        this.escapedQuote = `${this.escape}${this.quote}`;
      }
    };
    exports.FormatterOptions = FormatterOptions;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/FieldFormatter.js
var require_FieldFormatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/FieldFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FieldFormatter = void 0;
    var escapeRegExp = (value) => {
      return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    };
    var FieldFormatter = class {
      formatterOptions;
      _headers = null;
      REPLACE_REGEXP;
      ESCAPE_REGEXP;
      constructor(formatterOptions) {
        this.formatterOptions = formatterOptions;
        if (formatterOptions.headers !== null) {
          this.headers = formatterOptions.headers;
        }
        this.REPLACE_REGEXP = new RegExp(formatterOptions.quote, "g");
        const escapePattern = `[${formatterOptions.delimiter}${escapeRegExp(formatterOptions.rowDelimiter)}|\r|
]`;
        this.ESCAPE_REGEXP = new RegExp(escapePattern);
      }
      set headers(headers) {
        this._headers = headers;
      }
      shouldQuote(fieldIndex, isHeader) {
        const quoteConfig = isHeader ? this.formatterOptions.quoteHeaders : this.formatterOptions.quoteColumns;
        if (typeof quoteConfig === "boolean") {
          return quoteConfig;
        }
        if (Array.isArray(quoteConfig)) {
          return quoteConfig[fieldIndex];
        }
        if (this._headers !== null) {
          return quoteConfig[this._headers[fieldIndex]];
        }
        return false;
      }
      format(field, fieldIndex, isHeader) {
        const preparedField = `${field ?? ""}`.replace(/\0/g, "");
        const { formatterOptions } = this;
        if (formatterOptions.quote !== "") {
          const shouldEscape = preparedField.indexOf(formatterOptions.quote) !== -1;
          if (shouldEscape) {
            return this.quoteField(preparedField.replace(this.REPLACE_REGEXP, formatterOptions.escapedQuote));
          }
        }
        const hasEscapeCharacters = preparedField.search(this.ESCAPE_REGEXP) !== -1;
        if (hasEscapeCharacters || this.shouldQuote(fieldIndex, isHeader)) {
          return this.quoteField(preparedField);
        }
        return preparedField;
      }
      quoteField(field) {
        const { quote } = this.formatterOptions;
        return `${quote}${field}${quote}`;
      }
    };
    exports.FieldFormatter = FieldFormatter;
  }
});

// node_modules/@fast-csv/format/build/src/types.js
var require_types = __commonJS({
  "node_modules/@fast-csv/format/build/src/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSyncTransform = void 0;
    var isSyncTransform = (transform) => {
      return transform.length === 1;
    };
    exports.isSyncTransform = isSyncTransform;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/RowFormatter.js
var require_RowFormatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/RowFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowFormatter = void 0;
    var FieldFormatter_1 = require_FieldFormatter();
    var types_1 = require_types();
    var RowFormatter = class _RowFormatter {
      static isRowHashArray(row) {
        if (Array.isArray(row)) {
          return Array.isArray(row[0]) && row[0].length === 2;
        }
        return false;
      }
      static isRowArray(row) {
        return Array.isArray(row) && !this.isRowHashArray(row);
      }
      // get headers from a row item
      static gatherHeaders(row) {
        if (_RowFormatter.isRowHashArray(row)) {
          return row.map((it) => {
            return it[0];
          });
        }
        if (Array.isArray(row)) {
          return row;
        }
        return Object.keys(row);
      }
      static createTransform(transformFunction) {
        if ((0, types_1.isSyncTransform)(transformFunction)) {
          return (row, cb) => {
            let transformedRow = null;
            try {
              transformedRow = transformFunction(row);
            } catch (e) {
              return cb(e);
            }
            return cb(null, transformedRow);
          };
        }
        return (row, cb) => {
          transformFunction(row, cb);
        };
      }
      formatterOptions;
      fieldFormatter;
      shouldWriteHeaders;
      _rowTransform;
      headers;
      hasWrittenHeaders;
      rowCount = 0;
      constructor(formatterOptions) {
        this.formatterOptions = formatterOptions;
        this.fieldFormatter = new FieldFormatter_1.FieldFormatter(formatterOptions);
        this.headers = formatterOptions.headers;
        this.shouldWriteHeaders = formatterOptions.shouldWriteHeaders;
        this.hasWrittenHeaders = false;
        if (this.headers !== null) {
          this.fieldFormatter.headers = this.headers;
        }
        if (formatterOptions.transform) {
          this.rowTransform = formatterOptions.transform;
        }
      }
      set rowTransform(transformFunction) {
        if (typeof transformFunction !== "function") {
          throw new TypeError("The transform should be a function");
        }
        this._rowTransform = _RowFormatter.createTransform(transformFunction);
      }
      format(row, cb) {
        this.callTransformer(row, (err, transformedRow) => {
          if (err) {
            return cb(err);
          }
          if (!row) {
            return cb(null);
          }
          const rows = [];
          if (transformedRow) {
            const { shouldFormatColumns, headers } = this.checkHeaders(transformedRow);
            if (this.shouldWriteHeaders && headers && !this.hasWrittenHeaders) {
              rows.push(this.formatColumns(headers, true));
              this.hasWrittenHeaders = true;
            }
            if (shouldFormatColumns) {
              const columns = this.gatherColumns(transformedRow);
              rows.push(this.formatColumns(columns, false));
            }
          }
          return cb(null, rows);
        });
      }
      finish(cb) {
        const rows = [];
        if (this.formatterOptions.alwaysWriteHeaders && this.rowCount === 0) {
          if (!this.headers) {
            return cb(new Error("`alwaysWriteHeaders` option is set to true but `headers` option not provided."));
          }
          rows.push(this.formatColumns(this.headers, true));
        }
        if (this.formatterOptions.includeEndRowDelimiter) {
          rows.push(this.formatterOptions.rowDelimiter);
        }
        return cb(null, rows);
      }
      // check if we need to write header return true if we should also write a row
      // could be false if headers is true and the header row(first item) is passed in
      checkHeaders(row) {
        if (this.headers) {
          return { shouldFormatColumns: true, headers: this.headers };
        }
        const headers = _RowFormatter.gatherHeaders(row);
        this.headers = headers;
        this.fieldFormatter.headers = headers;
        if (!this.shouldWriteHeaders) {
          return { shouldFormatColumns: true, headers: null };
        }
        if (Array.isArray(row) && headers.every((header, i) => {
          return header === row[i];
        })) {
          return { shouldFormatColumns: false, headers };
        }
        return { shouldFormatColumns: true, headers };
      }
      // todo change this method to unknown[]
      gatherColumns(row) {
        if (this.headers === null) {
          throw new Error("Headers is currently null");
        }
        if (!Array.isArray(row)) {
          return this.headers.map((header) => {
            return row[header];
          });
        }
        if (_RowFormatter.isRowHashArray(row)) {
          return this.headers.map((header, i) => {
            const col = row[i];
            if (col) {
              return col[1];
            }
            return "";
          });
        }
        if (_RowFormatter.isRowArray(row) && !this.shouldWriteHeaders) {
          return row;
        }
        return this.headers.map((header, i) => {
          return row[i];
        });
      }
      callTransformer(row, cb) {
        if (!this._rowTransform) {
          return cb(null, row);
        }
        return this._rowTransform(row, cb);
      }
      formatColumns(columns, isHeadersRow) {
        const formattedCols = columns.map((field, i) => {
          return this.fieldFormatter.format(field, i, isHeadersRow);
        }).join(this.formatterOptions.delimiter);
        const { rowCount } = this;
        this.rowCount += 1;
        if (rowCount) {
          return [this.formatterOptions.rowDelimiter, formattedCols].join("");
        }
        return formattedCols;
      }
    };
    exports.RowFormatter = RowFormatter;
  }
});

// node_modules/@fast-csv/format/build/src/formatter/index.js
var require_formatter = __commonJS({
  "node_modules/@fast-csv/format/build/src/formatter/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FieldFormatter = exports.RowFormatter = void 0;
    var RowFormatter_1 = require_RowFormatter();
    Object.defineProperty(exports, "RowFormatter", { enumerable: true, get: function() {
      return RowFormatter_1.RowFormatter;
    } });
    var FieldFormatter_1 = require_FieldFormatter();
    Object.defineProperty(exports, "FieldFormatter", { enumerable: true, get: function() {
      return FieldFormatter_1.FieldFormatter;
    } });
  }
});

// node_modules/@fast-csv/format/build/src/CsvFormatterStream.js
var require_CsvFormatterStream = __commonJS({
  "node_modules/@fast-csv/format/build/src/CsvFormatterStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvFormatterStream = void 0;
    var stream_1 = __require("stream");
    var formatter_1 = require_formatter();
    var CsvFormatterStream = class extends stream_1.Transform {
      formatterOptions;
      rowFormatter;
      hasWrittenBOM = false;
      constructor(formatterOptions) {
        super({ writableObjectMode: formatterOptions.objectMode });
        this.formatterOptions = formatterOptions;
        this.rowFormatter = new formatter_1.RowFormatter(formatterOptions);
        this.hasWrittenBOM = !formatterOptions.writeBOM;
      }
      transform(transformFunction) {
        this.rowFormatter.rowTransform = transformFunction;
        return this;
      }
      _transform(row, encoding, cb) {
        let cbCalled = false;
        try {
          if (!this.hasWrittenBOM) {
            this.push(this.formatterOptions.BOM);
            this.hasWrittenBOM = true;
          }
          this.rowFormatter.format(row, (err, rows) => {
            if (err) {
              cbCalled = true;
              return cb(err);
            }
            if (rows) {
              rows.forEach((r) => {
                this.push(Buffer.from(r, "utf8"));
              });
            }
            cbCalled = true;
            return cb();
          });
        } catch (e) {
          if (cbCalled) {
            throw e;
          }
          cb(e);
        }
      }
      _flush(cb) {
        this.rowFormatter.finish((err, rows) => {
          if (err) {
            return cb(err);
          }
          if (rows) {
            rows.forEach((r) => {
              this.push(Buffer.from(r, "utf8"));
            });
          }
          return cb();
        });
      }
    };
    exports.CsvFormatterStream = CsvFormatterStream;
  }
});

// node_modules/@fast-csv/format/build/src/index.js
var require_src = __commonJS({
  "node_modules/@fast-csv/format/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.writeToPath = exports.writeToString = exports.writeToBuffer = exports.writeToStream = exports.write = exports.format = exports.FormatterOptions = exports.CsvFormatterStream = void 0;
    var util_1 = __require("util");
    var stream_1 = __require("stream");
    var fs = __importStar(__require("fs"));
    var FormatterOptions_1 = require_FormatterOptions();
    var CsvFormatterStream_1 = require_CsvFormatterStream();
    __exportStar(require_types(), exports);
    var CsvFormatterStream_2 = require_CsvFormatterStream();
    Object.defineProperty(exports, "CsvFormatterStream", { enumerable: true, get: function() {
      return CsvFormatterStream_2.CsvFormatterStream;
    } });
    var FormatterOptions_2 = require_FormatterOptions();
    Object.defineProperty(exports, "FormatterOptions", { enumerable: true, get: function() {
      return FormatterOptions_2.FormatterOptions;
    } });
    var format = (options) => {
      return new CsvFormatterStream_1.CsvFormatterStream(new FormatterOptions_1.FormatterOptions(options));
    };
    exports.format = format;
    var write = (rows, options) => {
      const csvStream = (0, exports.format)(options);
      const promiseWrite = (0, util_1.promisify)((row, cb) => {
        csvStream.write(row, cb);
      });
      rows.reduce((prev, row) => {
        return prev.then(() => {
          return promiseWrite(row);
        });
      }, Promise.resolve()).then(() => {
        csvStream.end();
      }).catch((err) => {
        csvStream.emit("error", err);
      });
      return csvStream;
    };
    exports.write = write;
    var writeToStream = (ws, rows, options) => {
      return (0, exports.write)(rows, options).pipe(ws);
    };
    exports.writeToStream = writeToStream;
    var writeToBuffer = (rows, opts = {}) => {
      const buffers = [];
      const ws = new stream_1.Writable({
        write(data, enc, writeCb) {
          buffers.push(data);
          writeCb();
        }
      });
      return new Promise((res, rej) => {
        ws.on("error", rej).on("finish", () => {
          return res(Buffer.concat(buffers));
        });
        (0, exports.write)(rows, opts).pipe(ws);
      });
    };
    exports.writeToBuffer = writeToBuffer;
    var writeToString2 = (rows, options) => {
      return (0, exports.writeToBuffer)(rows, options).then((buffer) => {
        return buffer.toString();
      });
    };
    exports.writeToString = writeToString2;
    var writeToPath = (path, rows, options) => {
      const stream = fs.createWriteStream(path, { encoding: "utf8" });
      return (0, exports.write)(rows, options).pipe(stream);
    };
    exports.writeToPath = writeToPath;
  }
});

// node_modules/@fast-csv/parse/build/src/ParserOptions.js
var require_ParserOptions = __commonJS({
  "node_modules/@fast-csv/parse/build/src/ParserOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserOptions = void 0;
    var escapeRegExp = (value) => {
      return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    };
    var ParserOptions = class {
      escapedDelimiter;
      objectMode = true;
      delimiter = ",";
      ignoreEmpty = false;
      quote = '"';
      escape = null;
      escapeChar = this.quote;
      comment = null;
      supportsComments = false;
      ltrim = false;
      rtrim = false;
      trim = false;
      headers = null;
      renameHeaders = false;
      strictColumnHandling = false;
      discardUnmappedColumns = false;
      carriageReturn = "\r";
      NEXT_TOKEN_REGEXP;
      encoding = "utf8";
      limitRows = false;
      maxRows = 0;
      skipLines = 0;
      skipRows = 0;
      constructor(opts) {
        Object.assign(this, opts || {});
        if (this.delimiter.length > 1) {
          throw new Error("delimiter option must be one character long");
        }
        this.escapedDelimiter = escapeRegExp(this.delimiter);
        this.escapeChar = this.escape ?? this.quote;
        this.supportsComments = this.comment != null;
        this.NEXT_TOKEN_REGEXP = new RegExp(`([^\\s]|\\r\\n|\\n|\\r|${this.escapedDelimiter})`);
        if (this.maxRows > 0) {
          this.limitRows = true;
        }
      }
    };
    exports.ParserOptions = ParserOptions;
  }
});

// node_modules/@fast-csv/parse/build/src/types.js
var require_types2 = __commonJS({
  "node_modules/@fast-csv/parse/build/src/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSyncValidate = exports.isSyncTransform = void 0;
    var isSyncTransform = (transform) => {
      return transform.length === 1;
    };
    exports.isSyncTransform = isSyncTransform;
    var isSyncValidate = (validate) => {
      return validate.length === 1;
    };
    exports.isSyncValidate = isSyncValidate;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/RowTransformerValidator.js
var require_RowTransformerValidator = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/RowTransformerValidator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowTransformerValidator = void 0;
    var types_1 = require_types2();
    var RowTransformerValidator = class _RowTransformerValidator {
      static createTransform(transformFunction) {
        if ((0, types_1.isSyncTransform)(transformFunction)) {
          return (row, cb) => {
            let transformed = null;
            try {
              transformed = transformFunction(row);
            } catch (e) {
              return cb(e);
            }
            return cb(null, transformed);
          };
        }
        return transformFunction;
      }
      static createValidator(validateFunction) {
        if ((0, types_1.isSyncValidate)(validateFunction)) {
          return (row, cb) => {
            cb(null, { row, isValid: validateFunction(row) });
          };
        }
        return (row, cb) => {
          validateFunction(row, (err, isValid, reason) => {
            if (err) {
              return cb(err);
            }
            if (isValid) {
              return cb(null, { row, isValid, reason });
            }
            return cb(null, { row, isValid: false, reason });
          });
        };
      }
      _rowTransform = null;
      _rowValidator = null;
      set rowTransform(transformFunction) {
        if (typeof transformFunction !== "function") {
          throw new TypeError("The transform should be a function");
        }
        this._rowTransform = _RowTransformerValidator.createTransform(transformFunction);
      }
      set rowValidator(validateFunction) {
        if (typeof validateFunction !== "function") {
          throw new TypeError("The validate should be a function");
        }
        this._rowValidator = _RowTransformerValidator.createValidator(validateFunction);
      }
      transformAndValidate(row, cb) {
        return this.callTransformer(row, (transformErr, transformedRow) => {
          if (transformErr) {
            return cb(transformErr);
          }
          if (!transformedRow) {
            return cb(null, { row: null, isValid: true });
          }
          return this.callValidator(transformedRow, (validateErr, validationResult) => {
            if (validateErr) {
              return cb(validateErr);
            }
            if (validationResult && !validationResult.isValid) {
              return cb(null, { row: transformedRow, isValid: false, reason: validationResult.reason });
            }
            return cb(null, { row: transformedRow, isValid: true });
          });
        });
      }
      callTransformer(row, cb) {
        if (!this._rowTransform) {
          return cb(null, row);
        }
        return this._rowTransform(row, cb);
      }
      callValidator(row, cb) {
        if (!this._rowValidator) {
          return cb(null, { row, isValid: true });
        }
        return this._rowValidator(row, cb);
      }
    };
    exports.RowTransformerValidator = RowTransformerValidator;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/HeaderTransformer.js
var require_HeaderTransformer = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/HeaderTransformer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HeaderTransformer = void 0;
    var HeaderTransformer = class {
      parserOptions;
      headers = null;
      receivedHeaders = false;
      shouldUseFirstRow = false;
      processedFirstRow = false;
      headersLength = 0;
      headersTransform;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        if (parserOptions.headers === true) {
          this.shouldUseFirstRow = true;
        } else if (Array.isArray(parserOptions.headers)) {
          this.setHeaders(parserOptions.headers);
        } else if (typeof parserOptions.headers === "function") {
          this.headersTransform = parserOptions.headers;
        }
      }
      transform(row, cb) {
        if (!this.shouldMapRow(row)) {
          return cb(null, { row: null, isValid: true });
        }
        return cb(null, this.processRow(row));
      }
      shouldMapRow(row) {
        const { parserOptions } = this;
        if (!this.headersTransform && parserOptions.renameHeaders && !this.processedFirstRow) {
          if (!this.receivedHeaders) {
            throw new Error("Error renaming headers: new headers must be provided in an array");
          }
          this.processedFirstRow = true;
          return false;
        }
        if (!this.receivedHeaders && Array.isArray(row)) {
          if (this.headersTransform) {
            this.setHeaders(this.headersTransform(row));
          } else if (this.shouldUseFirstRow) {
            this.setHeaders(row);
          } else {
            return true;
          }
          return false;
        }
        return true;
      }
      processRow(row) {
        if (!this.headers) {
          return { row, isValid: true };
        }
        const { parserOptions } = this;
        if (!parserOptions.discardUnmappedColumns && row.length > this.headersLength) {
          if (!parserOptions.strictColumnHandling) {
            throw new Error(`Unexpected Error: column header mismatch expected: ${this.headersLength} columns got: ${row.length}`);
          }
          return {
            row,
            isValid: false,
            reason: `Column header mismatch expected: ${this.headersLength} columns got: ${row.length}`
          };
        }
        if (parserOptions.strictColumnHandling && row.length < this.headersLength) {
          return {
            row,
            isValid: false,
            reason: `Column header mismatch expected: ${this.headersLength} columns got: ${row.length}`
          };
        }
        return { row: this.mapHeaders(row), isValid: true };
      }
      mapHeaders(row) {
        const rowMap = {};
        const { headers, headersLength } = this;
        for (let i = 0; i < headersLength; i += 1) {
          const header = headers[i];
          if (header !== void 0) {
            const val = row[i];
            if (val === void 0) {
              rowMap[header] = "";
            } else {
              rowMap[header] = val;
            }
          }
        }
        return rowMap;
      }
      setHeaders(headers) {
        const filteredHeaders = headers.filter((h) => {
          return !!h;
        });
        if (new Set(filteredHeaders).size !== filteredHeaders.length) {
          const grouped = filteredHeaders.reduce((acc, header) => {
            (acc[header] ||= []).push(header);
            return acc;
          }, {});
          const duplicates = Object.keys(grouped).filter((dup) => {
            return grouped[dup].length > 1;
          });
          throw new Error(`Duplicate headers found ${JSON.stringify(duplicates)}`);
        }
        this.headers = headers;
        this.receivedHeaders = true;
        this.headersLength = this.headers?.length || 0;
      }
    };
    exports.HeaderTransformer = HeaderTransformer;
  }
});

// node_modules/@fast-csv/parse/build/src/transforms/index.js
var require_transforms = __commonJS({
  "node_modules/@fast-csv/parse/build/src/transforms/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HeaderTransformer = exports.RowTransformerValidator = void 0;
    var RowTransformerValidator_1 = require_RowTransformerValidator();
    Object.defineProperty(exports, "RowTransformerValidator", { enumerable: true, get: function() {
      return RowTransformerValidator_1.RowTransformerValidator;
    } });
    var HeaderTransformer_1 = require_HeaderTransformer();
    Object.defineProperty(exports, "HeaderTransformer", { enumerable: true, get: function() {
      return HeaderTransformer_1.HeaderTransformer;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Token.js
var require_Token = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Token.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Token = void 0;
    var Token = class {
      static isTokenRowDelimiter(token) {
        const content = token.token;
        return content === "\r" || content === "\n" || content === "\r\n";
      }
      static isTokenCarriageReturn(token, parserOptions) {
        return token.token === parserOptions.carriageReturn;
      }
      static isTokenComment(token, parserOptions) {
        return parserOptions.supportsComments && !!token && token.token === parserOptions.comment;
      }
      static isTokenEscapeCharacter(token, parserOptions) {
        return token.token === parserOptions.escapeChar;
      }
      static isTokenQuote(token, parserOptions) {
        return token.token === parserOptions.quote;
      }
      static isTokenDelimiter(token, parserOptions) {
        return token.token === parserOptions.delimiter;
      }
      token;
      startCursor;
      endCursor;
      constructor(tokenArgs) {
        this.token = tokenArgs.token;
        this.startCursor = tokenArgs.startCursor;
        this.endCursor = tokenArgs.endCursor;
      }
    };
    exports.Token = Token;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Scanner.js
var require_Scanner = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Scanner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Scanner = void 0;
    var Token_1 = require_Token();
    var ROW_DELIMITER = /((?:\r\n)|\n|\r)/;
    var Scanner = class {
      line;
      parserOptions;
      lineLength;
      hasMoreData;
      cursor = 0;
      constructor(args) {
        this.line = args.line;
        this.lineLength = this.line.length;
        this.parserOptions = args.parserOptions;
        this.hasMoreData = args.hasMoreData;
        this.cursor = args.cursor || 0;
      }
      get hasMoreCharacters() {
        return this.lineLength > this.cursor;
      }
      get nextNonSpaceToken() {
        const { lineFromCursor } = this;
        const regex = this.parserOptions.NEXT_TOKEN_REGEXP;
        if (lineFromCursor.search(regex) === -1) {
          return null;
        }
        const match = regex.exec(lineFromCursor);
        if (match == null) {
          return null;
        }
        const token = match[1];
        const startCursor = this.cursor + (match.index || 0);
        return new Token_1.Token({
          token,
          startCursor,
          endCursor: startCursor + token.length - 1
        });
      }
      get nextCharacterToken() {
        const { cursor, lineLength } = this;
        if (lineLength <= cursor) {
          return null;
        }
        return new Token_1.Token({
          token: this.line[cursor],
          startCursor: cursor,
          endCursor: cursor
        });
      }
      get lineFromCursor() {
        return this.line.substr(this.cursor);
      }
      advancePastLine() {
        const match = ROW_DELIMITER.exec(this.lineFromCursor);
        if (!match) {
          if (this.hasMoreData) {
            return null;
          }
          this.cursor = this.lineLength;
          return this;
        }
        this.cursor += (match.index || 0) + match[0].length;
        return this;
      }
      advanceTo(cursor) {
        this.cursor = cursor;
        return this;
      }
      advanceToToken(token) {
        this.cursor = token.startCursor;
        return this;
      }
      advancePastToken(token) {
        this.cursor = token.endCursor + 1;
        return this;
      }
      truncateToCursor() {
        this.line = this.lineFromCursor;
        this.lineLength = this.line.length;
        this.cursor = 0;
        return this;
      }
    };
    exports.Scanner = Scanner;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/ColumnFormatter.js
var require_ColumnFormatter = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/ColumnFormatter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnFormatter = void 0;
    var ColumnFormatter = class {
      format;
      constructor(parserOptions) {
        if (parserOptions.trim) {
          this.format = (col) => {
            return col.trim();
          };
        } else if (parserOptions.ltrim) {
          this.format = (col) => {
            return col.trimLeft();
          };
        } else if (parserOptions.rtrim) {
          this.format = (col) => {
            return col.trimRight();
          };
        } else {
          this.format = (col) => {
            return col;
          };
        }
      }
    };
    exports.ColumnFormatter = ColumnFormatter;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/NonQuotedColumnParser.js
var require_NonQuotedColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/NonQuotedColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NonQuotedColumnParser = void 0;
    var ColumnFormatter_1 = require_ColumnFormatter();
    var Token_1 = require_Token();
    var NonQuotedColumnParser = class {
      parserOptions;
      columnFormatter;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnFormatter = new ColumnFormatter_1.ColumnFormatter(parserOptions);
      }
      parse(scanner) {
        if (!scanner.hasMoreCharacters) {
          return null;
        }
        const { parserOptions } = this;
        const characters = [];
        let nextToken = scanner.nextCharacterToken;
        for (; nextToken; nextToken = scanner.nextCharacterToken) {
          if (Token_1.Token.isTokenDelimiter(nextToken, parserOptions) || Token_1.Token.isTokenRowDelimiter(nextToken)) {
            break;
          }
          characters.push(nextToken.token);
          scanner.advancePastToken(nextToken);
        }
        return this.columnFormatter.format(characters.join(""));
      }
    };
    exports.NonQuotedColumnParser = NonQuotedColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/QuotedColumnParser.js
var require_QuotedColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/QuotedColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuotedColumnParser = void 0;
    var ColumnFormatter_1 = require_ColumnFormatter();
    var Token_1 = require_Token();
    var QuotedColumnParser = class {
      parserOptions;
      columnFormatter;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnFormatter = new ColumnFormatter_1.ColumnFormatter(parserOptions);
      }
      parse(scanner) {
        if (!scanner.hasMoreCharacters) {
          return null;
        }
        const originalCursor = scanner.cursor;
        const { foundClosingQuote, col } = this.gatherDataBetweenQuotes(scanner);
        if (!foundClosingQuote) {
          scanner.advanceTo(originalCursor);
          if (!scanner.hasMoreData) {
            throw new Error(`Parse Error: missing closing: '${this.parserOptions.quote || ""}' in line: at '${scanner.lineFromCursor.replace(/[\r\n]/g, "\\n'")}'`);
          }
          return null;
        }
        this.checkForMalformedColumn(scanner);
        return col;
      }
      gatherDataBetweenQuotes(scanner) {
        const { parserOptions } = this;
        let foundStartingQuote = false;
        let foundClosingQuote = false;
        const characters = [];
        let nextToken = scanner.nextCharacterToken;
        for (; !foundClosingQuote && nextToken !== null; nextToken = scanner.nextCharacterToken) {
          const isQuote = Token_1.Token.isTokenQuote(nextToken, parserOptions);
          if (!foundStartingQuote && isQuote) {
            foundStartingQuote = true;
          } else if (foundStartingQuote) {
            if (Token_1.Token.isTokenEscapeCharacter(nextToken, parserOptions)) {
              scanner.advancePastToken(nextToken);
              const tokenFollowingEscape = scanner.nextCharacterToken;
              if (tokenFollowingEscape !== null && (Token_1.Token.isTokenQuote(tokenFollowingEscape, parserOptions) || Token_1.Token.isTokenEscapeCharacter(tokenFollowingEscape, parserOptions))) {
                characters.push(tokenFollowingEscape.token);
                nextToken = tokenFollowingEscape;
              } else if (isQuote) {
                foundClosingQuote = true;
              } else {
                characters.push(nextToken.token);
              }
            } else if (isQuote) {
              foundClosingQuote = true;
            } else {
              characters.push(nextToken.token);
            }
          }
          scanner.advancePastToken(nextToken);
        }
        return { col: this.columnFormatter.format(characters.join("")), foundClosingQuote };
      }
      checkForMalformedColumn(scanner) {
        const { parserOptions } = this;
        const { nextNonSpaceToken } = scanner;
        if (nextNonSpaceToken) {
          const isNextTokenADelimiter = Token_1.Token.isTokenDelimiter(nextNonSpaceToken, parserOptions);
          const isNextTokenARowDelimiter = Token_1.Token.isTokenRowDelimiter(nextNonSpaceToken);
          if (!(isNextTokenADelimiter || isNextTokenARowDelimiter)) {
            const linePreview = scanner.lineFromCursor.substr(0, 10).replace(/[\r\n]/g, "\\n'");
            throw new Error(`Parse Error: expected: '${parserOptions.escapedDelimiter}' OR new line got: '${nextNonSpaceToken.token}'. at '${linePreview}'`);
          }
          scanner.advanceToToken(nextNonSpaceToken);
        } else if (!scanner.hasMoreData) {
          scanner.advancePastLine();
        }
      }
    };
    exports.QuotedColumnParser = QuotedColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/ColumnParser.js
var require_ColumnParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/ColumnParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnParser = void 0;
    var NonQuotedColumnParser_1 = require_NonQuotedColumnParser();
    var QuotedColumnParser_1 = require_QuotedColumnParser();
    var Token_1 = require_Token();
    var ColumnParser = class {
      parserOptions;
      nonQuotedColumnParser;
      quotedColumnParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.quotedColumnParser = new QuotedColumnParser_1.QuotedColumnParser(parserOptions);
        this.nonQuotedColumnParser = new NonQuotedColumnParser_1.NonQuotedColumnParser(parserOptions);
      }
      parse(scanner) {
        const { nextNonSpaceToken } = scanner;
        if (nextNonSpaceToken !== null && Token_1.Token.isTokenQuote(nextNonSpaceToken, this.parserOptions)) {
          scanner.advanceToToken(nextNonSpaceToken);
          return this.quotedColumnParser.parse(scanner);
        }
        return this.nonQuotedColumnParser.parse(scanner);
      }
    };
    exports.ColumnParser = ColumnParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/column/index.js
var require_column = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/column/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ColumnFormatter = exports.QuotedColumnParser = exports.NonQuotedColumnParser = exports.ColumnParser = void 0;
    var ColumnParser_1 = require_ColumnParser();
    Object.defineProperty(exports, "ColumnParser", { enumerable: true, get: function() {
      return ColumnParser_1.ColumnParser;
    } });
    var NonQuotedColumnParser_1 = require_NonQuotedColumnParser();
    Object.defineProperty(exports, "NonQuotedColumnParser", { enumerable: true, get: function() {
      return NonQuotedColumnParser_1.NonQuotedColumnParser;
    } });
    var QuotedColumnParser_1 = require_QuotedColumnParser();
    Object.defineProperty(exports, "QuotedColumnParser", { enumerable: true, get: function() {
      return QuotedColumnParser_1.QuotedColumnParser;
    } });
    var ColumnFormatter_1 = require_ColumnFormatter();
    Object.defineProperty(exports, "ColumnFormatter", { enumerable: true, get: function() {
      return ColumnFormatter_1.ColumnFormatter;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/parser/RowParser.js
var require_RowParser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/RowParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RowParser = void 0;
    var column_1 = require_column();
    var Token_1 = require_Token();
    var EMPTY_STRING = "";
    var RowParser = class {
      static isEmptyRow(row) {
        return row.join(EMPTY_STRING).replace(/\s+/g, EMPTY_STRING) === EMPTY_STRING;
      }
      parserOptions;
      columnParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.columnParser = new column_1.ColumnParser(parserOptions);
      }
      parse(scanner) {
        const { parserOptions } = this;
        const { hasMoreData } = scanner;
        const currentScanner = scanner;
        const columns = [];
        let currentToken = this.getStartToken(currentScanner, columns);
        while (currentToken) {
          if (Token_1.Token.isTokenRowDelimiter(currentToken)) {
            currentScanner.advancePastToken(currentToken);
            if (!currentScanner.hasMoreCharacters && Token_1.Token.isTokenCarriageReturn(currentToken, parserOptions) && hasMoreData) {
              return null;
            }
            currentScanner.truncateToCursor();
            return columns;
          }
          if (!this.shouldSkipColumnParse(currentScanner, currentToken, columns)) {
            const item = this.columnParser.parse(currentScanner);
            if (item === null) {
              return null;
            }
            columns.push(item);
          }
          currentToken = currentScanner.nextNonSpaceToken;
        }
        if (!hasMoreData) {
          currentScanner.truncateToCursor();
          return columns;
        }
        return null;
      }
      getStartToken(scanner, columns) {
        const currentToken = scanner.nextNonSpaceToken;
        if (currentToken !== null && Token_1.Token.isTokenDelimiter(currentToken, this.parserOptions)) {
          columns.push("");
          return scanner.nextNonSpaceToken;
        }
        return currentToken;
      }
      shouldSkipColumnParse(scanner, currentToken, columns) {
        const { parserOptions } = this;
        if (Token_1.Token.isTokenDelimiter(currentToken, parserOptions)) {
          scanner.advancePastToken(currentToken);
          const nextToken = scanner.nextCharacterToken;
          if (!scanner.hasMoreCharacters || nextToken !== null && Token_1.Token.isTokenRowDelimiter(nextToken)) {
            columns.push("");
            return true;
          }
          if (nextToken !== null && Token_1.Token.isTokenDelimiter(nextToken, parserOptions)) {
            columns.push("");
            return true;
          }
        }
        return false;
      }
    };
    exports.RowParser = RowParser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/Parser.js
var require_Parser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/Parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var Scanner_1 = require_Scanner();
    var RowParser_1 = require_RowParser();
    var Token_1 = require_Token();
    var Parser = class _Parser {
      static removeBOM(line) {
        if (line && line.charCodeAt(0) === 65279) {
          return line.slice(1);
        }
        return line;
      }
      parserOptions;
      rowParser;
      constructor(parserOptions) {
        this.parserOptions = parserOptions;
        this.rowParser = new RowParser_1.RowParser(this.parserOptions);
      }
      parse(line, hasMoreData) {
        const scanner = new Scanner_1.Scanner({
          line: _Parser.removeBOM(line),
          parserOptions: this.parserOptions,
          hasMoreData
        });
        if (this.parserOptions.supportsComments) {
          return this.parseWithComments(scanner);
        }
        return this.parseWithoutComments(scanner);
      }
      parseWithoutComments(scanner) {
        const rows = [];
        let shouldContinue = true;
        while (shouldContinue) {
          shouldContinue = this.parseRow(scanner, rows);
        }
        return { line: scanner.line, rows };
      }
      parseWithComments(scanner) {
        const { parserOptions } = this;
        const rows = [];
        for (let nextToken = scanner.nextCharacterToken; nextToken !== null; nextToken = scanner.nextCharacterToken) {
          if (Token_1.Token.isTokenComment(nextToken, parserOptions)) {
            const cursor = scanner.advancePastLine();
            if (cursor === null) {
              return { line: scanner.lineFromCursor, rows };
            }
            if (!scanner.hasMoreCharacters) {
              return { line: scanner.lineFromCursor, rows };
            }
            scanner.truncateToCursor();
          } else if (!this.parseRow(scanner, rows)) {
            break;
          }
        }
        return { line: scanner.line, rows };
      }
      parseRow(scanner, rows) {
        const nextToken = scanner.nextNonSpaceToken;
        if (!nextToken) {
          return false;
        }
        const row = this.rowParser.parse(scanner);
        if (row === null) {
          return false;
        }
        if (this.parserOptions.ignoreEmpty && RowParser_1.RowParser.isEmptyRow(row)) {
          return true;
        }
        rows.push(row);
        return true;
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/@fast-csv/parse/build/src/parser/index.js
var require_parser = __commonJS({
  "node_modules/@fast-csv/parse/build/src/parser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.QuotedColumnParser = exports.NonQuotedColumnParser = exports.ColumnParser = exports.Token = exports.Scanner = exports.RowParser = exports.Parser = void 0;
    var Parser_1 = require_Parser();
    Object.defineProperty(exports, "Parser", { enumerable: true, get: function() {
      return Parser_1.Parser;
    } });
    var RowParser_1 = require_RowParser();
    Object.defineProperty(exports, "RowParser", { enumerable: true, get: function() {
      return RowParser_1.RowParser;
    } });
    var Scanner_1 = require_Scanner();
    Object.defineProperty(exports, "Scanner", { enumerable: true, get: function() {
      return Scanner_1.Scanner;
    } });
    var Token_1 = require_Token();
    Object.defineProperty(exports, "Token", { enumerable: true, get: function() {
      return Token_1.Token;
    } });
    var column_1 = require_column();
    Object.defineProperty(exports, "ColumnParser", { enumerable: true, get: function() {
      return column_1.ColumnParser;
    } });
    Object.defineProperty(exports, "NonQuotedColumnParser", { enumerable: true, get: function() {
      return column_1.NonQuotedColumnParser;
    } });
    Object.defineProperty(exports, "QuotedColumnParser", { enumerable: true, get: function() {
      return column_1.QuotedColumnParser;
    } });
  }
});

// node_modules/@fast-csv/parse/build/src/CsvParserStream.js
var require_CsvParserStream = __commonJS({
  "node_modules/@fast-csv/parse/build/src/CsvParserStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvParserStream = void 0;
    var string_decoder_1 = __require("string_decoder");
    var stream_1 = __require("stream");
    var transforms_1 = require_transforms();
    var parser_1 = require_parser();
    var CsvParserStream = class _CsvParserStream extends stream_1.Transform {
      parserOptions;
      decoder;
      parser;
      headerTransformer;
      rowTransformerValidator;
      lines = "";
      rowCount = 0;
      parsedRowCount = 0;
      parsedLineCount = 0;
      endEmitted = false;
      headersEmitted = false;
      constructor(parserOptions) {
        super({ objectMode: parserOptions.objectMode });
        this.parserOptions = parserOptions;
        this.parser = new parser_1.Parser(parserOptions);
        this.headerTransformer = new transforms_1.HeaderTransformer(parserOptions);
        this.decoder = new string_decoder_1.StringDecoder(parserOptions.encoding);
        this.rowTransformerValidator = new transforms_1.RowTransformerValidator();
      }
      get hasHitRowLimit() {
        return this.parserOptions.limitRows && this.rowCount >= this.parserOptions.maxRows;
      }
      get shouldEmitRows() {
        return this.parsedRowCount > this.parserOptions.skipRows;
      }
      get shouldSkipLine() {
        return this.parsedLineCount <= this.parserOptions.skipLines;
      }
      transform(transformFunction) {
        this.rowTransformerValidator.rowTransform = transformFunction;
        return this;
      }
      validate(validateFunction) {
        this.rowTransformerValidator.rowValidator = validateFunction;
        return this;
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      emit(event, ...rest) {
        if (event === "end") {
          if (!this.endEmitted) {
            this.endEmitted = true;
            super.emit("end", this.rowCount);
          }
          return false;
        }
        return super.emit(event, ...rest);
      }
      _transform(data, encoding, done) {
        if (this.hasHitRowLimit) {
          return done();
        }
        const wrappedCallback = _CsvParserStream.wrapDoneCallback(done);
        try {
          const { lines } = this;
          const newLine = lines + this.decoder.write(data);
          const rows = this.parse(newLine, true);
          return this.processRows(rows, wrappedCallback);
        } catch (e) {
          return wrappedCallback(e);
        }
      }
      _flush(done) {
        const wrappedCallback = _CsvParserStream.wrapDoneCallback(done);
        if (this.hasHitRowLimit) {
          return wrappedCallback();
        }
        try {
          const newLine = this.lines + this.decoder.end();
          const rows = this.parse(newLine, false);
          return this.processRows(rows, wrappedCallback);
        } catch (e) {
          return wrappedCallback(e);
        }
      }
      parse(data, hasMoreData) {
        if (!data) {
          return [];
        }
        const { line, rows } = this.parser.parse(data, hasMoreData);
        this.lines = line;
        return rows;
      }
      processRows(rows, cb) {
        const rowsLength = rows.length;
        const iterate = (i) => {
          const callNext = (err) => {
            if (err) {
              return cb(err);
            }
            if (i % 100 === 0) {
              setImmediate(() => {
                return iterate(i + 1);
              });
              return void 0;
            }
            return iterate(i + 1);
          };
          this.checkAndEmitHeaders();
          if (i >= rowsLength || this.hasHitRowLimit) {
            return cb();
          }
          this.parsedLineCount += 1;
          if (this.shouldSkipLine) {
            return callNext();
          }
          const row = rows[i];
          this.rowCount += 1;
          this.parsedRowCount += 1;
          const nextRowCount = this.rowCount;
          return this.transformRow(row, (err, transformResult) => {
            if (err) {
              this.rowCount -= 1;
              return callNext(err);
            }
            if (!transformResult) {
              return callNext(new Error("expected transform result"));
            }
            if (!transformResult.isValid) {
              this.emit("data-invalid", transformResult.row, nextRowCount, transformResult.reason);
            } else if (transformResult.row) {
              return this.pushRow(transformResult.row, callNext);
            }
            return callNext();
          });
        };
        iterate(0);
      }
      transformRow(parsedRow, cb) {
        try {
          this.headerTransformer.transform(parsedRow, (err, withHeaders) => {
            if (err) {
              return cb(err);
            }
            if (!withHeaders) {
              return cb(new Error("Expected result from header transform"));
            }
            if (!withHeaders.isValid) {
              if (this.shouldEmitRows) {
                return cb(null, { isValid: false, row: parsedRow });
              }
              return this.skipRow(cb);
            }
            if (withHeaders.row) {
              if (this.shouldEmitRows) {
                return this.rowTransformerValidator.transformAndValidate(withHeaders.row, cb);
              }
              return this.skipRow(cb);
            }
            this.rowCount -= 1;
            this.parsedRowCount -= 1;
            return cb(null, { row: null, isValid: true });
          });
        } catch (e) {
          cb(e);
        }
      }
      checkAndEmitHeaders() {
        if (!this.headersEmitted && this.headerTransformer.headers) {
          this.headersEmitted = true;
          this.emit("headers", this.headerTransformer.headers);
        }
      }
      skipRow(cb) {
        this.rowCount -= 1;
        return cb(null, { row: null, isValid: true });
      }
      pushRow(row, cb) {
        try {
          if (!this.parserOptions.objectMode) {
            this.push(JSON.stringify(row));
          } else {
            this.push(row);
          }
          cb();
        } catch (e) {
          cb(e);
        }
      }
      static wrapDoneCallback(done) {
        let errorCalled = false;
        return (err, ...args) => {
          if (err) {
            if (errorCalled) {
              throw err;
            }
            errorCalled = true;
            done(err);
            return;
          }
          done(...args);
        };
      }
    };
    exports.CsvParserStream = CsvParserStream;
  }
});

// node_modules/@fast-csv/parse/build/src/index.js
var require_src2 = __commonJS({
  "node_modules/@fast-csv/parse/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseString = exports.parseFile = exports.parseStream = exports.parse = exports.ParserOptions = exports.CsvParserStream = void 0;
    var fs = __importStar(__require("fs"));
    var stream_1 = __require("stream");
    var ParserOptions_1 = require_ParserOptions();
    var CsvParserStream_1 = require_CsvParserStream();
    __exportStar(require_types2(), exports);
    var CsvParserStream_2 = require_CsvParserStream();
    Object.defineProperty(exports, "CsvParserStream", { enumerable: true, get: function() {
      return CsvParserStream_2.CsvParserStream;
    } });
    var ParserOptions_2 = require_ParserOptions();
    Object.defineProperty(exports, "ParserOptions", { enumerable: true, get: function() {
      return ParserOptions_2.ParserOptions;
    } });
    var parse = (args) => {
      return new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(args));
    };
    exports.parse = parse;
    var parseStream = (stream, options) => {
      return stream.pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseStream = parseStream;
    var parseFile = (location, options = {}) => {
      return fs.createReadStream(location).pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseFile = parseFile;
    var parseString = (string, options) => {
      const rs = new stream_1.Readable();
      rs.push(string);
      rs.push(null);
      return rs.pipe(new CsvParserStream_1.CsvParserStream(new ParserOptions_1.ParserOptions(options)));
    };
    exports.parseString = parseString;
  }
});

// node_modules/fast-csv/build/src/index.js
var require_src3 = __commonJS({
  "node_modules/fast-csv/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CsvParserStream = exports.ParserOptions = exports.parseFile = exports.parseStream = exports.parseString = exports.parse = exports.FormatterOptions = exports.CsvFormatterStream = exports.writeToPath = exports.writeToString = exports.writeToBuffer = exports.writeToStream = exports.write = exports.format = void 0;
    var format_1 = require_src();
    Object.defineProperty(exports, "format", { enumerable: true, get: function() {
      return format_1.format;
    } });
    Object.defineProperty(exports, "write", { enumerable: true, get: function() {
      return format_1.write;
    } });
    Object.defineProperty(exports, "writeToStream", { enumerable: true, get: function() {
      return format_1.writeToStream;
    } });
    Object.defineProperty(exports, "writeToBuffer", { enumerable: true, get: function() {
      return format_1.writeToBuffer;
    } });
    Object.defineProperty(exports, "writeToString", { enumerable: true, get: function() {
      return format_1.writeToString;
    } });
    Object.defineProperty(exports, "writeToPath", { enumerable: true, get: function() {
      return format_1.writeToPath;
    } });
    Object.defineProperty(exports, "CsvFormatterStream", { enumerable: true, get: function() {
      return format_1.CsvFormatterStream;
    } });
    Object.defineProperty(exports, "FormatterOptions", { enumerable: true, get: function() {
      return format_1.FormatterOptions;
    } });
    var parse_1 = require_src2();
    Object.defineProperty(exports, "parse", { enumerable: true, get: function() {
      return parse_1.parse;
    } });
    Object.defineProperty(exports, "parseString", { enumerable: true, get: function() {
      return parse_1.parseString;
    } });
    Object.defineProperty(exports, "parseStream", { enumerable: true, get: function() {
      return parse_1.parseStream;
    } });
    Object.defineProperty(exports, "parseFile", { enumerable: true, get: function() {
      return parse_1.parseFile;
    } });
    Object.defineProperty(exports, "ParserOptions", { enumerable: true, get: function() {
      return parse_1.ParserOptions;
    } });
    Object.defineProperty(exports, "CsvParserStream", { enumerable: true, get: function() {
      return parse_1.CsvParserStream;
    } });
  }
});

// dist/model/schema.js
var FIELD_NAMES = ["task", "leadUnits", "units", "coUnits", "leaders", "supervisors"];
var RESPONSIBILITY_FIELDS = ["leadUnits", "units", "coUnits", "leaders", "supervisors"];
var BoxSchema = external_exports.tuple([external_exports.number(), external_exports.number(), external_exports.number(), external_exports.number()]).describe("[x0, top, x1, bottom] in PDF points, origin top-left of the page");
var TaskSourceSchema = external_exports.object({
  line: external_exports.number().int().positive().optional().describe("1-based line in the decoded text where the row starts"),
  page: external_exports.number().int().positive().optional().describe("1-based page where the row starts (PDF, or text with page marks)"),
  bbox: BoxSchema.optional()
}).describe("Where the record was found in the input");
var AssignmentSchema = external_exports.object({
  unit: external_exports.string().min(1).describe("a unit of the paired unit column"),
  leader: external_exports.string().min(1).describe("the person or role paired with it, same position")
}).describe("One unit with its responsible person, when a table pairs them one to one");
var ReviewReasonSchema = external_exports.object({
  code: external_exports.string().describe("stable machine-readable code of the doubt, e.g. CELL_BOUNDARY_GUESSED"),
  message: external_exports.string().describe("what was guessed and what to check, in Chinese")
}).strict().describe("One reason why a record rests on a guess and should be checked against the source");
var TaskSchema = external_exports.object({
  table: external_exports.number().int().nonnegative().describe("index of the table in `tables` this row belongs to"),
  seq: external_exports.number().int().nonnegative().describe("the \u5E8F\u53F7 of the row"),
  section: external_exports.array(external_exports.string().min(1)).describe("heading path that applies to the row, outermost first"),
  task: external_exports.string().describe("the task text, wrapped lines joined"),
  leadUnits: external_exports.array(external_exports.string().min(1)).describe("units under a lead-unit header (\u7275\u5934\u5355\u4F4D \u2026)"),
  units: external_exports.array(external_exports.string().min(1)).describe("units under a responsible-unit header (\u8D23\u4EFB\u5355\u4F4D \u2026)"),
  coUnits: external_exports.array(external_exports.string().min(1)).describe("units under a co-unit header (\u534F\u529E\u5355\u4F4D \u2026)"),
  leaders: external_exports.array(external_exports.string().min(1)).describe("people under \u8D23\u4EFB\u9886\u5BFC / \u8D23\u4EFB\u4EBA, in order"),
  supervisors: external_exports.array(external_exports.string().min(1)).describe("people under a supervising-leader header (\u5206\u7BA1\u9886\u5BFC \u2026)"),
  inherited: external_exports.array(external_exports.enum(RESPONSIBILITY_FIELDS)).describe("fields filled down from the row above because this row's responsibility cells were all blank"),
  assignments: external_exports.array(AssignmentSchema).optional().describe("unit\u2194leader pairs, present when the leader column pairs with a unit column and the counts agree"),
  review: external_exports.array(ReviewReasonSchema).describe("why this record should be checked against the source (empty when nothing in it rests on a guess)"),
  source: TaskSourceSchema
}).strict().describe("One numbered task of a \u8D23\u4EFB\u5206\u89E3\u8868");
var HeaderSchema = external_exports.object({
  text: external_exports.string().describe("the header as printed"),
  field: external_exports.enum(["seq", "section", ...FIELD_NAMES, "other"]).describe("the canonical field the header maps to; `other` for a column fenjie does not interpret")
});
var TableSchema = external_exports.object({
  index: external_exports.number().int().nonnegative(),
  title: external_exports.string().nullable().describe("the table title printed above it (e.g. \u9644\u4EF62 \u2026\u8D23\u4EFB\u5206\u89E3\u8868), null if none"),
  headers: external_exports.array(HeaderSchema),
  firstSeq: external_exports.number().int().nullable(),
  lastSeq: external_exports.number().int().nullable(),
  rowCount: external_exports.number().int().nonnegative(),
  layout: external_exports.string().describe("how the rows were rebuilt: tsv, csv, markdown, aligned, html, flat, lattice, stream, list")
}).strict();
var DiagnosticSchema = external_exports.object({
  level: external_exports.enum(["error", "warning", "info"]),
  code: external_exports.string().describe("stable machine-readable code, e.g. SEQ_GAP"),
  message: external_exports.string().describe("what is wrong and what to do, in Chinese"),
  table: external_exports.number().int().nonnegative().optional(),
  seq: external_exports.number().int().optional(),
  line: external_exports.number().int().positive().optional(),
  page: external_exports.number().int().positive().optional()
}).strict();
var SourceInfoSchema = external_exports.object({
  file: external_exports.string().describe("path as given, or `-` for standard input"),
  format: external_exports.enum(["txt", "pdf", "docx", "doc", "odt", "html", "xlsx", "xls", "ofd"]).describe("what the input was, detected from its bytes: text, PDF, Word (docx; doc/wps read through LibreOffice), OpenDocument text, web page (html, mhtml), spreadsheet (xlsx; xls/et through LibreOffice), OFD"),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/),
  encoding: external_exports.string().nullable().describe("text encoding detected (utf-8, utf-16le, utf-16be, gb18030, big5); null for PDF"),
  pages: external_exports.number().int().nonnegative().optional().describe("page count for PDF input")
}).strict();
var NoticeSchema = external_exports.object({
  docNumber: external_exports.string().nullable().describe("\u6587\u53F7, e.g. \u6CC9\u9CA4\u653F\u529E\u30142021\u301570\u53F7"),
  title: external_exports.string().nullable(),
  issuer: external_exports.string().nullable().describe("the issuing body as signed"),
  date: external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("issue date, ISO 8601"),
  year: external_exports.number().int().nullable().describe("the year the tasks are for")
}).strict();
var ResultSchema = external_exports.object({
  source: SourceInfoSchema,
  notice: NoticeSchema,
  tables: external_exports.array(TableSchema),
  tasks: external_exports.array(TaskSchema),
  diagnostics: external_exports.array(DiagnosticSchema)
}).strict().describe("fenjie parse output");
function resultJsonSchema() {
  return external_exports.toJSONSchema(ResultSchema, { target: "draft-2020-12" });
}

// dist/write/csv.js
var import_fast_csv = __toESM(require_src3(), 1);
var FIELD_LABEL = {
  leadUnits: "\u7275\u5934\u5355\u4F4D",
  units: "\u8D23\u4EFB\u5355\u4F4D",
  coUnits: "\u534F\u529E\u5355\u4F4D",
  leaders: "\u8D23\u4EFB\u9886\u5BFC",
  supervisors: "\u5206\u7BA1\u9886\u5BFC"
};
var CSV_HEADERS = ["\u5E8F\u53F7", "\u9879\u76EE", "\u76EE\u6807\u4EFB\u52A1", "\u7275\u5934\u5355\u4F4D", "\u8D23\u4EFB\u5355\u4F4D", "\u534F\u529E\u5355\u4F4D", "\u8D23\u4EFB\u9886\u5BFC/\u8D23\u4EFB\u4EBA", "\u5206\u7BA1\u9886\u5BFC", "\u5907\u6CE8"];
function remarkOf(task, diagnostics) {
  const parts = [];
  if (task.inherited.length)
    parts.push(`${task.inherited.map((f) => FIELD_LABEL[f]).join("\u3001")}\u6CBF\u7528\u4E0A\u4E00\u884C\uFF08\u539F\u8868\u5408\u5E76\u5355\u5143\u683C\uFF09`);
  for (const d of diagnostics)
    if (d.seq === task.seq && d.table === task.table)
      parts.push(d.message);
  return parts.join("\uFF1B");
}
function csvRows(result, options = {}) {
  const join = options.join ?? "\uFF1B";
  const multi = result.tables.length > 1;
  const header = multi ? ["\u8868", ...CSV_HEADERS] : [...CSV_HEADERS];
  const rows = [header];
  for (const t of result.tasks) {
    const row = [
      String(t.seq),
      t.section.join(" / "),
      t.task,
      t.leadUnits.join(join),
      t.units.join(join),
      t.coUnits.join(join),
      t.leaders.join(join),
      t.supervisors.join(join),
      remarkOf(t, result.diagnostics)
    ];
    rows.push(multi ? [String(t.table + 1), ...row] : row);
  }
  return rows;
}
async function toCsv(result, options = {}) {
  const body = await (0, import_fast_csv.writeToString)(csvRows(result, options), { quoteColumns: false, rowDelimiter: "\r\n" });
  return (options.bom === false ? "" : "\uFEFF") + body + "\r\n";
}

// dist/write/columns.js
var DEFAULT_LABEL = {
  seq: "\u5E8F\u53F7",
  section: "\u9879\u76EE",
  task: "\u76EE\u6807\u4EFB\u52A1",
  leadUnits: "\u7275\u5934\u5355\u4F4D",
  units: "\u8D23\u4EFB\u5355\u4F4D",
  coUnits: "\u534F\u529E\u5355\u4F4D",
  leaders: "\u8D23\u4EFB\u9886\u5BFC/\u8D23\u4EFB\u4EBA",
  supervisors: "\u5206\u7BA1\u9886\u5BFC",
  remark: "\u5907\u6CE8"
};
var COLUMN_ORDER = ["seq", "section", ...FIELD_NAMES];
var LEVEL_LABEL = { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A" };
function tableColumns(table, tasks) {
  const label = (field) => table.headers.find((h) => h.field === field)?.text.replace(/\s+/g, "") || DEFAULT_LABEL[field];
  const used = (field) => tasks.some((t) => cellValues(t, field).length > 0);
  const fields = ["seq"];
  for (const h of table.headers)
    if (h.field !== "other" && !fields.includes(h.field))
      fields.push(h.field);
  if (!fields.includes("section") && used("section"))
    fields.splice(1, 0, "section");
  for (const field of COLUMN_ORDER)
    if (!fields.includes(field) && used(field))
      fields.push(field);
  return [...fields.map((field) => ({ field, label: label(field) })), { field: "remark", label: DEFAULT_LABEL.remark }];
}
function cellValues(task, field) {
  switch (field) {
    case "seq":
      return [String(task.seq)];
    case "section":
      return task.section;
    case "task":
      return task.task ? [task.task] : [];
    default:
      return task[field];
  }
}
function rowDiagnostics(task, diagnostics) {
  return diagnostics.filter((d) => d.seq === task.seq && d.table === task.table);
}
var LEVEL_RANK = { error: 3, warning: 2, info: 1 };
function worstLevel(diagnostics) {
  let worst = null;
  for (const d of diagnostics)
    if (!worst || LEVEL_RANK[d.level] > LEVEL_RANK[worst])
      worst = d.level;
  return worst;
}
function needsReview(level) {
  return level === "warning" || level === "error";
}
function generalDiagnostics(result) {
  return result.diagnostics.filter((d) => d.seq === void 0 || !result.tasks.some((t) => t.seq === d.seq && t.table === d.table));
}

export {
  RESPONSIBILITY_FIELDS,
  ResultSchema,
  resultJsonSchema,
  require_src3 as require_src,
  remarkOf,
  toCsv,
  LEVEL_LABEL,
  tableColumns,
  cellValues,
  rowDiagnostics,
  worstLevel,
  needsReview,
  generalDiagnostics
};
