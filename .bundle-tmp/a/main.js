import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_LIMITS,
  EXIT,
  FenjieError,
  PDF_SETTINGS,
  cleanName,
  cleanText,
  foldLookalikes,
  formatMB,
  joinLines,
  learnSpacing,
  limitsWithMaxSize,
  loadFile,
  parseMaxSize,
  readDocument,
  stripMarkup
} from "./chunk-QWAUZOTU.js";
import {
  DEFAULT_PDF_ENGINE,
  PDF_ENGINES,
  loadEngine
} from "./chunk-LOVVDQJC.js";
import {
  LEVEL_LABEL,
  RESPONSIBILITY_FIELDS,
  ResultSchema,
  cellValues,
  generalDiagnostics,
  needsReview,
  remarkOf,
  require_src,
  resultJsonSchema,
  rowDiagnostics,
  tableColumns,
  toCsv,
  worstLevel
} from "./chunk-NWZMIOVF.js";
import "./chunk-WW7OP26R.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-V4RWK56N.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process3 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process3.stdout.write(str),
          writeErr: (str) => process3.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process3.stdout.isTTY ? process3.stdout.columns : void 0,
          getErrHelpWidth: () => process3.stderr.isTTY ? process3.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process3.stdout.isTTY && process3.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process3.stderr.isTTY && process3.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process3.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value) {
        return this.setOptionValueWithSource(key2, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value;
        } else {
          this._optionValues[key2] = value;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process3.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process3.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process3.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process3.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName2) {
          const localBin = path.resolve(baseDir, baseName2);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName2))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process3.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process3.execArgv).concat(args);
            proc = childProcess.spawn(process3.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process3.execArgv).concat(args);
          proc = childProcess.spawn(process3.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process3.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process3.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process3.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise2, fn) {
        if (promise2?.then && typeof promise2.then === "function") {
          return promise2.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise2, event) {
        let result = promise2;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback2) => {
            hooks.push({ hookedCommand, callback: callback2 });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise2, subCommand, event) {
        let result = promise2;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process3.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process3.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process3.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process3.env.NO_COLOR || process3.env.FORCE_COLOR === "0" || process3.env.FORCE_COLOR === "false")
        return false;
      if (process3.env.FORCE_COLOR || process3.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// dist/cli/main.js
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve6 } from "node:path";

// dist/write/same-file.js
import { stat } from "node:fs/promises";
async function sameFile(a, b) {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// dist/text/script.js
var PAIRS = (
  // labels and headers
  "\u727D\u7275\u982D\u5934\u55AE\u5355\u8CAC\u8D23\u5354\u534F\u8FA6\u529E\u9818\u9886\u5C0E\u5BFC\u53C3\u53C2\u8207\u4E0E\u6703\u4F1A\u5BE6\u5B9E\u64D4\u62C5\u8CA0\u8D1F\u9805\u9879\u985E\u7C7B\u9580\u95E8\u806F\u8054\u4FC2\u7CFB\u7E6B\u7CFB\u639B\u6302\u9264\u94A9\u9577\u957F\u5340\u533A\u7E23\u53BF\u93AE\u9547\u9EDE\u70B9\u9032\u8FDB\u6A19\u6807\u5C6C\u5C5E\u8655\u5904\u8077\u804C\u7D1A\u7EA7\u5C08\u4E13\u584A\u5757\u8F14\u8F85\u9806\u987A\u7DE8\u7F16\u865F\u53F7\u52D9\u52A1\u9AD4\u4F53\u5167\u5185\u54E1\u5458\u89BD\u89C8\u70BA\u4E3A\u89BA\u89C9\u8B58\u8BC6\u8B70\u8BAE\u6B0A\u6743\u512A\u4F18\u52E2\u52BF\u69CB\u6784\u6A5F\u673A\u95DC\u5173\u7E3D\u603B\u7D44\u7EC4\u7E54\u7EC7\u5718\u56E2\u968A\u961F\u5EF3\u5385\u9928\u9986\u91AB\u533B\u5B78\u5B66\u66F8\u4E66\u9078\u9009\u767C\u53D1\u958B\u5F00\u904B\u8FD0\u8F38\u8F93\u8CA1\u8D22\u7D93\u7ECF\u6FDF\u6D4E\u8CC7\u8D44\u7522\u4EA7\u696D\u4E1A\u8FB2\u519C\u8CBF\u8D38\u74B0\u73AF\u885B\u536B\u8A08\u8BA1\u5283\u5212\u898F\u89C4\u8A2D\u8BBE\u7BC9\u7B51\u9109\u4E61\u9130\u90BB\u689D\u6761\u8B49\u8BC1\u7DB2\u7F51\u7D61\u7EDC\u96FB\u7535\u6C23\u6C14\u71B1\u70ED\u71C8\u706F\u5EE3\u5E7F\u8996\u89C6\u807D\u542C\u5716\u56FE\u85DD\u827A\u8853\u672F\u9EE8\u515A\u7D00\u7EAA\u6AA2\u68C0\u5BE9\u5BA1\u7D71\u7EDF\u7A05\u7A0E\u9280\u94F6\u96AA\u9669\u61C9\u5E94\u707D\u707E\u9435\u94C1\u7063\u6E7E\u7576\u5F53\u6B77\u5386\u6FF1\u6EE8\u50D1\u4FA8\u81FA\u53F0\u570B\u56FD\u969B\u9645\u83EF\u534E\u6771\u4E1C\u5CF6\u5C9B\u5712\u56ED\u63EE\u6325\u76E3\u76D1\u57F7\u6267\u7D9C\u7EFC\u8B77\u62A4\u6F01\u6E14\u7CE7\u7CAE\u5A66\u5987\u6B98\u6B8B\u7D05\u7EA2\u7159\u70DF\u90F5\u90AE\u8CEA\u8D28\u85E5\u836F\u7642\u7597\u7DA0\u7EFF\u5275\u521B\u6578\u6570\u64DA\u636E\u8A0A\u8BAF\u6230\u6218\u6E9D\u6C9F\u7BC4\u8303\u9F8D\u9F99\u6B72\u5C81\u58FD\u5BFF\u6E2C\u6D4B\u7E6A\u7ED8\u6CC1\u51B5\u7A4D\u79EF\u6975\u6781\u97CC\u97E7\u614B\u6001\u8F49\u8F6C\u9A57\u9A8C\u985E\u7C7B\u98A8\u98CE\u9580\u95E8\u554F\u95EE\u9593\u95F4\u805E\u95FB\u95B1\u9605\u967D\u9633\u9670\u9634\u96B4\u9647\u5F37\u5F3A\u969B\u9645\u5011\u4EEC\u500B\u4E2A\u4F86\u6765\u6642\u65F6\u5F8C\u540E\u904E\u8FC7\u9084\u8FD8\u8AAA\u8BF4\u9019\u8FD9\u5C07\u5C06\u5F9E\u4ECE\u5C0D\u5BF9\u65BC\u4E8E\u8B93\u8BA9\u5354\u534F\u88DC\u8865\u511F\u507F\u5BEC\u5BBD\u5169\u4E24\u5225\u522B\u838A\u5E84\u9673\u9648\u5F35\u5F20\u5289\u5218\u9EC3\u9EC4\u8D99\u8D75\u5433\u5434\u912D\u90D1\u694A\u6768\u8A31\u8BB8\u8607\u82CF\u8449\u53F6\u937E\u949F\u9418\u949F\u856D\u8427\u9F94\u9F9A\u8B5A\u8C2D\u76E7\u5362\u99AE\u51AF\u9127\u9093\u97D3\u97E9\u8B1D\u8C22\u7F85\u7F57\u5B6B\u5B59\u99AC\u9A6C\u9322\u94B1\u9867\u987E\u8CF4\u8D56\u6B50\u6B27\u842C\u4E07\u56B4\u4E25\u9112\u90B9\u9918\u4F59\u8523\u848B\u97CB\u97E6\u8CC8\u8D3E\u6E6F\u6C64\u9678\u9646\u9F90\u5E9E\u9586\u95EB\u95BB\u960E\u8CC0\u8D3A\u9114\u90AC\u8076\u8042\u99F1\u9A86\u984F\u989C\u913A\u909D\u9EA5\u9EA6\u9CF3\u51E4\u7C21\u7B80\u9B6F\u9C81\u8606\u82A6\u5EEC\u5E90\u9112\u90B9\u8591\u59DC\u6ED5\u6ED5\u7D00\u7EAA\u5289\u5218\u885B\u536B\u845B\u845B\u5DBD\u5CB3\u6EAB\u6E29"
);
var TRAD_TO_SIMP = (() => {
  const m = /* @__PURE__ */ new Map();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i];
    const s = chars[i + 1];
    if (t !== s)
      m.set(t, s);
  }
  return m;
})();
var TRADITIONAL = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join("")}]`, "gu");
function toSimplified(text) {
  TRADITIONAL.lastIndex = 0;
  if (!TRADITIONAL.test(text))
    return text;
  return text.replace(TRADITIONAL, (ch) => TRAD_TO_SIMP.get(ch));
}

// dist/meta/notice.js
var DOC_NUMBER = /([\p{Script=Han}]{1,12}[〔［\[【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞〗]\s*第?\s*\d{1,4}\s*号)/u;
var DATE_ARABIC = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
var CN_DIGITS = { "\u3007": 0, \u96F6: 0, \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9, \u5341: 10 };
var DATE_CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
var ISSUER_END = /(人民政府|政府办公室|人民政府办公室|办公厅|办公室|委员会|政府)$/;
var TITLE_WORDS = /关于.*(通知|分解|方案)|责任分解.*通知/;
function cnNumber(s) {
  if (s.length === 4 && !s.includes("\u5341"))
    return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(""));
  if (s === "\u5341")
    return 10;
  if (s.startsWith("\u5341"))
    return 10 + (CN_DIGITS[s[1]] ?? 0);
  if (s.endsWith("\u5341"))
    return (CN_DIGITS[s[0]] ?? 0) * 10;
  if (s.includes("\u5341"))
    return (CN_DIGITS[s[0]] ?? 0) * 10 + (CN_DIGITS[s[2]] ?? 0);
  return CN_DIGITS[s] ?? 0;
}
var pad = (n) => String(n).padStart(2, "0");
function parseDate(text) {
  const a = DATE_ARABIC.exec(text);
  if (a)
    return `${a[1]}-${pad(Number(a[2]))}-${pad(Number(a[3]))}`;
  const c = DATE_CHINESE.exec(text);
  if (c)
    return `${cnNumber(c[1])}-${pad(cnNumber(c[2]))}-${pad(cnNumber(c[3]))}`;
  return null;
}
var compact = (s) => cleanText(s.replace(/^#+\s*/, "")).replace(/\s+/g, "").replace(/^[,|]+|[,|]+$/g, "");
function extractNotice(lines, headerLine, tableTitle) {
  const folded = lines.map((l) => ({ ...l, text: toSimplified(l.text) }));
  if (folded.every((l, i) => l.text === lines[i].text))
    return extractFromSimplified(lines, headerLine, tableTitle);
  const notice2 = extractFromSimplified(folded, headerLine, tableTitle === null ? null : toSimplified(tableTitle));
  const printed = lines.map((l) => l.text.replace(/\s+/g, "")).join("");
  const asPrinted = (v) => {
    if (v === null)
      return null;
    const at2 = toSimplified(printed).indexOf(v);
    return at2 < 0 ? v : printed.slice(at2, at2 + v.length);
  };
  return { ...notice2, docNumber: asPrinted(notice2.docNumber), title: asPrinted(notice2.title), issuer: asPrinted(notice2.issuer) };
}
function extractFromSimplified(lines, headerLine, tableTitle) {
  const cover = lines.filter((l) => headerLine === null || l.line < headerLine);
  const texts = cover.map((l) => l.text);
  const all = texts.join("\n");
  const doc = DOC_NUMBER.exec(all.replace(/[ \t]+/g, ""));
  const docNumber = doc ? doc[1].replace(/^.*?([\p{Script=Han}]{1,8}[〔［\[【(（﹝〖])/u, "$1") : null;
  let title = null;
  const nonEmpty = cover.filter((l) => l.text.trim());
  for (let i = 0; i < Math.min(nonEmpty.length, 40); i++) {
    const t = compact(nonEmpty[i].text);
    if (/关于/.test(t) && !/^(根据|按照|为)/.test(t) && t.length < 80) {
      let full = t;
      let j = i + 1;
      while (!/(通知|方案|分解表|意见)$/.test(full) && j < nonEmpty.length && j <= i + 3) {
        full += compact(nonEmpty[j].text);
        j++;
      }
      if (TITLE_WORDS.test(full)) {
        const above = i > 0 ? compact(nonEmpty[i - 1].text) : "";
        if (t.startsWith("\u5173\u4E8E") && ISSUER_END.test(above) && above.length <= 30 && !DOC_NUMBER.test(above))
          full = above + full;
        title = full;
        break;
      }
    }
  }
  let date = null;
  let issuer = null;
  for (let i = 0; i < nonEmpty.length; i++) {
    const t = compact(nonEmpty[i].text);
    const d = parseDate(t);
    if (d && t.length <= 20) {
      date = d;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const cand = compact(nonEmpty[k].text);
        if (ISSUER_END.test(cand) && cand.length <= 30) {
          issuer = cand;
          break;
        }
      }
      if (issuer)
        break;
    }
  }
  if (!date) {
    for (const l of lines) {
      const t = compact(l.text);
      const d = parseDate(t);
      if (d && t.length <= 20) {
        date = d;
        break;
      }
    }
  }
  if (!issuer && title) {
    const m = /^(.*?)关于/.exec(title);
    if (m && ISSUER_END.test(m[1]))
      issuer = m[1];
  }
  const year = yearOf(title) ?? yearOf(tableTitle) ?? (date ? Number(date.slice(0, 4)) : null);
  return { docNumber, title, issuer, date, year };
}
function yearOf(text) {
  if (!text)
    return null;
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

// dist/meta/kind.js
var NEWSPAPER_LINE_MAX = 18;
function medianLineLength(text) {
  const lengths = text.split(/\r?\n/).map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;
}
function describeDocument(text) {
  const t = text.replace(/\s+/g, "");
  if (/政府工作报告/.test(t) && /各位代表/.test(t))
    return "\u770B\u8D77\u6765\u662F\u4E00\u4EFD\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A\uFF08\u62A5\u544A\u6B63\u6587\uFF09\uFF0C\u4E0D\u662F\u8D23\u4EFB\u5206\u89E3\u901A\u77E5";
  if (/责任分解/.test(t) && /通知/.test(t))
    return "\u770B\u8D77\u6765\u662F\u8D23\u4EFB\u5206\u89E3\u901A\u77E5\u7684\u6B63\u6587\uFF0C\u4F46\u6CA1\u6709\u9644\u5E26\u5206\u89E3\u8868\uFF08\u9644\u4EF6\u53EF\u80FD\u662F\u5355\u72EC\u7684\u6587\u4EF6\uFF09";
  if (/记者|本报讯|本报|通讯员/.test(t))
    return "\u770B\u8D77\u6765\u662F\u4E00\u7BC7\u65B0\u95FB\u62A5\u9053\u6216\u62A5\u7EB8\u7248\u9762";
  if (!/〔\d{4}〕\d+号/.test(t) && medianLineLength(text) <= NEWSPAPER_LINE_MAX) {
    return "\u770B\u8D77\u6765\u662F\u62A5\u7EB8\u7248\u9762\u6216\u65B0\u95FB\u7A3F\uFF08\u7A84\u680F\u6392\u7248\uFF0C\u6CA1\u6709\u6587\u53F7\uFF09\uFF0C\u5176\u4E2D\u6CA1\u6709\u8D23\u4EFB\u5206\u89E3\u8868";
  }
  if (/通知/.test(t))
    return "\u770B\u8D77\u6765\u662F\u4E00\u4EFD\u901A\u77E5\uFF0C\u4F46\u5176\u4E2D\u6CA1\u6709\u8D23\u4EFB\u5206\u89E3\u8868";
  if (!/〔\d{4}〕\d+号/.test(t))
    return "\u770B\u8D77\u6765\u4E0D\u662F\u4E00\u4EFD\u901A\u77E5\uFF08\u6CA1\u6709\u6587\u53F7\uFF0C\u4E5F\u6CA1\u6709\u201C\u901A\u77E5\u201D\u5B57\u6837\uFF09\uFF0C\u53EF\u80FD\u662F\u65B0\u95FB\u7A3F\u6216\u5176\u4ED6\u6750\u6599\uFF0C\u5176\u4E2D\u6CA1\u6709\u5E26\u201C\u5E8F\u53F7 / \u4EFB\u52A1 / \u8D23\u4EFB\u5355\u4F4D\u201D\u7B49\u8868\u5934\u7684\u8868\u683C";
  return "\u6CA1\u6709\u627E\u5230\u5E26\u201C\u5E8F\u53F7 / \u4EFB\u52A1 / \u8D23\u4EFB\u5355\u4F4D\u201D\u7B49\u8868\u5934\u7684\u8868\u683C";
}

// dist/names/lexicon.js
var SINGLE_SURNAMES = new Set("\u8D75\u94B1\u5B59\u674E\u5468\u5434\u90D1\u738B\u51AF\u9648\u891A\u536B\u848B\u6C88\u97E9\u6768\u6731\u79E6\u5C24\u8BB8\u4F55\u5415\u65BD\u5F20\u5B54\u66F9\u4E25\u534E\u91D1\u9B4F\u9676\u59DC\u621A\u8C22\u90B9\u55BB\u67CF\u6C34\u7AA6\u7AE0\u4E91\u82CF\u6F58\u845B\u595A\u8303\u5F6D\u90CE\u9C81\u97E6\u660C\u9A6C\u82D7\u51E4\u82B1\u65B9\u4FDE\u4EFB\u8881\u67F3\u9146\u9C8D\u53F2\u5510\u8D39\u5EC9\u5C91\u859B\u96F7\u8D3A\u502A\u6C64\u6ED5\u6BB7\u7F57\u6BD5\u90DD\u90AC\u5B89\u5E38\u4E50\u4E8E\u65F6\u5085\u76AE\u535E\u9F50\u5EB7\u4F0D\u4F59\u5143\u535C\u987E\u5B5F\u5E73\u9EC4\u548C\u7A46\u8427\u5C39\u59DA\u90B5\u6E5B\u6C6A\u7941\u6BDB\u79B9\u72C4\u7C73\u8D1D\u660E\u81E7\u8BA1\u4F0F\u6210\u6234\u8C08\u5B8B\u8305\u5E9E\u718A\u7EAA\u8212\u5C48\u9879\u795D\u8463\u6881\u675C\u962E\u84DD\u95F5\u5E2D\u5B63\u9EBB\u5F3A\u8D3E\u8DEF\u5A04\u5371\u6C5F\u7AE5\u989C\u90ED\u6885\u76DB\u6797\u5201\u949F\u5F90\u90B1\u9A86\u9AD8\u590F\u8521\u7530\u6A0A\u80E1\u51CC\u970D\u865E\u4E07\u652F\u67EF\u661D\u7BA1\u5362\u83AB\u7ECF\u623F\u88D8\u7F2A\u5E72\u89E3\u5E94\u5B97\u4E01\u5BA3\u8D32\u9093\u90C1\u5355\u676D\u6D2A\u5305\u8BF8\u5DE6\u77F3\u5D14\u5409\u94AE\u9F9A\u7A0B\u5D47\u90A2\u6ED1\u88F4\u9646\u8363\u7FC1\u8340\u7F8A\u65BC\u60E0\u7504\u66F2\u5BB6\u5C01\u82AE\u7FBF\u50A8\u9773\u6C72\u90B4\u7CDC\u677E\u4E95\u6BB5\u5BCC\u5DEB\u4E4C\u7126\u5DF4\u5F13\u7267\u9697\u5C71\u8C37\u8F66\u4FAF\u5B93\u84EC\u5168\u90D7\u73ED\u4EF0\u79CB\u4EF2\u4F0A\u5BAB\u5B81\u4EC7\u683E\u66B4\u7518\u94AD\u5389\u620E\u7956\u6B66\u7B26\u5218\u666F\u8A79\u675F\u9F99\u53F6\u5E78\u53F8\u97F6\u90DC\u9ECE\u84DF\u8584\u5370\u5BBF\u767D\u6000\u84B2\u90B0\u4ECE\u9102\u7D22\u54B8\u7C4D\u8D56\u5353\u853A\u5C60\u8499\u6C60\u4E54\u9634\u90C1\u80E5\u80FD\u82CD\u53CC\u95FB\u8398\u515A\u7FDF\u8C2D\u8D21\u52B3\u9004\u59EC\u7533\u6276\u5835\u5189\u5BB0\u90E6\u96CD\u5374\u74A9\u6851\u6842\u6FEE\u725B\u5BFF\u901A\u8FB9\u6248\u71D5\u5180\u90CF\u6D66\u5C1A\u519C\u6E29\u522B\u5E84\u664F\u67F4\u77BF\u960E\u5145\u6155\u8FDE\u8339\u4E60\u5BA6\u827E\u9C7C\u5BB9\u5411\u53E4\u6613\u614E\u6208\u5ED6\u5EBE\u7EC8\u66A8\u5C45\u8861\u6B65\u90FD\u803F\u6EE1\u5F18\u5321\u56FD\u6587\u5BC7\u5E7F\u7984\u9619\u4E1C\u6B27\u6BB3\u6C83\u5229\u851A\u8D8A\u5914\u9686\u5E08\u5DE9\u538D\u8042\u6641\u52FE\u6556\u878D\u51B7\u8A3E\u8F9B\u961A\u90A3\u7B80\u9976\u7A7A\u66FE\u6BCB\u6C99\u4E5C\u517B\u97A0\u987B\u4E30\u5DE2\u5173\u84AF\u76F8\u67E5\u540E\u8346\u7EA2\u6E38\u7AFA\u6743\u902F\u76D6\u76CA\u6853\u516C\u664B\u695A\u95EB\u6CD5\u6C5D\u9122\u6D82\u94A6\u5CB3\u5E05\u7F11\u4EA2\u51B5\u90C8\u6709\u7434\u5F52\u6D77\u58A8\u54C8\u8C2F\u7B2A\u5E74\u7231\u9633\u4F5F\u5546\u725F\u4F58\u4F74\u4F2F\u8D4F\u5357\u5BAB\u7C9F\u7EC3\u853A\u8983\u63ED\u8C0C\u8096\u4F74\u4ED8\u4EDD\u968B\u5170\u82DF\u4EE3\u8FDF\u6817\u90B8\u6F06\u7A0E\u5C55\u667A\u521D\u6218\u83C5\u90C4\u909D\u51BC\u9EA6\u690D\u79A4\u656C\u6BCD\u65F7\u76D8\u94F6\u94C1\u4F9D\u8863\u5459\u9756\u8306\u90C7\u5EB9\u6A80\u5BF8\u4E93\u5E16".split(""));
var DOUBLE_SURNAMES = /* @__PURE__ */ new Set([
  "\u6B27\u9633",
  "\u53F8\u9A6C",
  "\u4E0A\u5B98",
  "\u8BF8\u845B",
  "\u4E1C\u65B9",
  "\u7687\u752B",
  "\u5C09\u8FDF",
  "\u516C\u5B59",
  "\u6155\u5BB9",
  "\u957F\u5B59",
  "\u5B87\u6587",
  "\u53F8\u5F92",
  "\u53F8\u7A7A",
  "\u590F\u4FAF",
  "\u4EE4\u72D0",
  "\u7AEF\u6728",
  "\u8F69\u8F95",
  "\u897F\u95E8",
  "\u5357\u5BAB",
  "\u72EC\u5B64",
  "\u6FB9\u53F0",
  "\u516C\u51B6",
  "\u5B97\u653F",
  "\u6FEE\u9633",
  "\u6DF3\u4E8E",
  "\u5355\u4E8E",
  "\u592A\u53D4",
  "\u7533\u5C60",
  "\u949F\u79BB",
  "\u95FE\u4E18",
  "\u4E1C\u90ED",
  "\u547C\u5EF6",
  "\u4E07\u4FDF",
  "\u62D3\u8DCB",
  "\u767E\u91CC",
  "\u4E1C\u95E8",
  "\u5DE6\u4E18",
  "\u6881\u4E18",
  "\u7B2C\u4E94"
]);
var UNIT_SUFFIXES_STRONG = [
  "\u8857\u9053\u529E\u4E8B\u5904",
  "\u529E\u4E8B\u5904",
  "\u7BA1\u59D4\u4F1A",
  "\u7BA1\u7406\u59D4\u5458\u4F1A",
  "\u6307\u6325\u90E8",
  "\u9886\u5BFC\u5C0F\u7EC4",
  "\u5DE5\u4F5C\u7EC4",
  "\u529E\u516C\u5BA4",
  "\u59D4\u5458\u4F1A",
  "\u4EBA\u6C11\u653F\u5E9C",
  "\u653F\u5E9C",
  "\u96C6\u56E2",
  "\u516C\u53F8",
  "\u5206\u516C\u53F8",
  "\u4E2D\u5FC3",
  "\u5927\u961F",
  "\u652F\u961F",
  "\u4E2D\u961F",
  "\u5206\u5C40",
  "\u603B\u5C40",
  "\u5927\u5B66",
  "\u5B66\u9662",
  "\u5B66\u6821",
  "\u533B\u9662",
  "\u536B\u751F\u9662",
  "\u7814\u7A76\u9662",
  "\u7814\u7A76\u6240",
  "\u94F6\u884C",
  "\u6D77\u5173",
  "\u6CD5\u9662",
  "\u68C0\u5BDF\u9662",
  "\u79D8\u4E66\u5904",
  "\u6267\u59D4\u4F1A",
  "\u8054\u5408\u4F1A",
  "\u534F\u4F1A",
  "\u5546\u4F1A",
  "\u603B\u4F1A",
  "\u5B66\u4F1A",
  "\u8054\u793E",
  "\u5408\u4F5C\u793E",
  "\u5355\u4F4D",
  "\u90E8\u95E8",
  "\u673A\u6784",
  "\u4F01\u4E1A",
  "\u76D1\u59D4",
  "\u7EAA\u59D4",
  "\u515A\u59D4",
  "\u56E2\u59D4",
  "\u5C40",
  "\u529E",
  "\u59D4",
  "\u90E8",
  "\u7EC4",
  "\u4F1A",
  "\u961F",
  "\u9662",
  "\u6240",
  "\u7AD9",
  "\u793E",
  "\u5904",
  "\u5385",
  "\u5BA4",
  "\u9986",
  "\u7F72",
  "\u79D1",
  "\u8054",
  "\u534F",
  "\u884C",
  "\u53F0",
  "\u56E2",
  "\u53F8",
  "\u5EAD",
  "\u6821"
];
var UNIT_SUFFIXES_WEAK = [
  "\u9AD8\u65B0\u533A",
  "\u5F00\u53D1\u533A",
  "\u56ED\u533A",
  "\u7247\u533A",
  "\u6821\u533A",
  "\u65B0\u533A",
  "\u533A",
  "\u56ED",
  "\u9547",
  "\u4E61",
  "\u8857\u9053",
  "\u6751",
  "\u793E\u533A",
  "\u53BF",
  "\u5E02",
  "\u6E2F",
  "\u5C9B"
];
var BARE_TAILS = [
  "\u7BA1\u59D4\u4F1A",
  "\u7BA1\u7406\u59D4\u5458\u4F1A",
  "\u529E\u516C\u5BA4",
  "\u6307\u6325\u90E8",
  "\u529E\u4E8B\u5904",
  "\u59D4\u5458\u4F1A",
  "\u9886\u5BFC\u5C0F\u7EC4",
  "\u5DE5\u4F5C\u7EC4",
  "\u79D8\u4E66\u5904",
  "\u4E3B\u4EFB",
  "\u8D1F\u8D23\u4EBA",
  "\u4E3B\u8981\u8D1F\u8D23\u4EBA",
  "\u5206\u7BA1\u9886\u5BFC",
  "\u4E3B\u8981\u9886\u5BFC",
  "\u9886\u5BFC",
  "\u9547\u957F",
  "\u4E61\u957F",
  "\u533A\u957F",
  "\u53BF\u957F",
  "\u5E02\u957F",
  "\u4E66\u8BB0",
  "\u5C40\u957F",
  "\u90E8\u957F",
  "\u7EC4\u957F",
  "\u961F\u957F",
  "\u9662\u957F",
  "\u6240\u957F",
  "\u7AD9\u957F",
  "\u884C\u957F",
  "\u5904\u957F",
  "\u79D1\u957F",
  "\u4E3B\u5E2D",
  "\u7ECF\u7406",
  "\u8463\u4E8B\u957F",
  "\u603B\u7ECF\u7406",
  "\u4E3B\u4EFB\u59D4\u5458",
  "\u5355\u4F4D",
  "\u8D23\u4EFB\u5355\u4F4D",
  "\u6709\u5173\u5355\u4F4D",
  "\u76F8\u5173\u5355\u4F4D",
  "\u6210\u5458\u5355\u4F4D",
  "\u90E8\u95E8",
  "\u804C\u80FD\u90E8\u95E8",
  "\u516C\u53F8",
  "\u5206\u516C\u53F8",
  "\u96C6\u56E2",
  "\u4E2D\u5FC3"
];
var ROLE_ENDINGS = [
  "\u4E3B\u8981\u8D1F\u8D23\u4EBA",
  "\u8D1F\u8D23\u4EBA",
  "\u5206\u7BA1\u9886\u5BFC",
  "\u4E3B\u8981\u9886\u5BFC",
  "\u8054\u7CFB\u9886\u5BFC",
  "\u9886\u5BFC",
  "\u526F\u5E02\u957F",
  "\u526F\u533A\u957F",
  "\u526F\u53BF\u957F",
  "\u526F\u9547\u957F",
  "\u5E02\u957F",
  "\u533A\u957F",
  "\u53BF\u957F",
  "\u9547\u957F",
  "\u4E61\u957F",
  "\u4E3B\u4EFB",
  "\u4E66\u8BB0",
  "\u5C40\u957F",
  "\u90E8\u957F",
  "\u7EC4\u957F",
  "\u961F\u957F",
  "\u9662\u957F",
  "\u6240\u957F",
  "\u7AD9\u957F",
  "\u884C\u957F",
  "\u5904\u957F",
  "\u79D1\u957F",
  "\u4E3B\u5E2D",
  "\u7ECF\u7406",
  "\u8463\u4E8B\u957F",
  "\u603B\u7ECF\u7406",
  "\u59D4\u5458",
  "\u5E38\u59D4",
  "\u4EBA\u9009",
  "\u540C\u5FD7"
];
var COLLECTIVE_PREFIXES = ["\u5404", "\u76F8\u5173", "\u6709\u5173", "\u5176\u4ED6", "\u5176\u5B83", "\u6240\u5C5E"];
var SCOPE_PREFIXES = ["\u533A\u76F4", "\u5E02\u76F4", "\u53BF\u76F4", "\u7701\u76F4", "\u7701\u5E02\u76F4", "\u9A7B\u533A", "\u9A7B\u5E02", "\u533A\u5C5E", "\u5E02\u5C5E", "\u53BF\u5C5E"];
var DIVISION_WORDS = [
  "\u9547\uFF08\u8857\u9053\uFF09",
  "\u4E61\u9547\uFF08\u8857\u9053\uFF09",
  "\u9547(\u8857\u9053)",
  "\u4E61\u9547",
  "\u9547",
  "\u4E61",
  "\u8857\u9053",
  "\u6751",
  "\u793E\u533A",
  "\u6751\uFF08\u5C45\uFF09",
  "\u6751(\u5C45)",
  "\u53BF",
  "\u533A",
  "\u5E02",
  "\u9547\u4EBA\u6C11\u653F\u5E9C",
  "\u9547\u653F\u5E9C",
  "\u4E61\u653F\u5E9C",
  "\u8857\u9053\u529E\u4E8B\u5904",
  "\u8857\u9053\u529E",
  "\u56ED\u533A",
  "\u5F00\u53D1\u533A",
  "\u7247\u533A",
  "\u5355\u4F4D",
  "\u90E8\u95E8",
  "\u6709\u5173\u5355\u4F4D",
  "\u76F8\u5173\u5355\u4F4D",
  "\u804C\u80FD\u90E8\u95E8",
  "\u6210\u5458\u5355\u4F4D",
  "\u8D23\u4EFB\u5355\u4F4D",
  "\u884C\u4E1A\u4E3B\u7BA1\u90E8\u95E8",
  "\u526F\u533A\u957F",
  "\u526F\u5E02\u957F",
  "\u526F\u53BF\u957F",
  // a city's counties written as one class (`各县（市、区）人民政府`), a county's townships (`各乡（镇）`)
  "\u53BF\uFF08\u5E02\u3001\u533A\uFF09",
  "\u53BF(\u5E02\u3001\u533A)",
  "\u53BF\uFF08\u5E02\uFF09\u533A",
  "\u53BF\uFF08\u533A\uFF09",
  "\u53BF(\u533A)",
  "\u5E02\uFF08\u53BF\u3001\u533A\uFF09",
  "\u53BF\u5E02\u533A",
  "\u53BF\u533A",
  "\u4E61\uFF08\u9547\uFF09",
  "\u4E61(\u9547)",
  "\u9547\uFF08\u4E61\uFF09",
  "\u4E61\u9547\uFF08\u573A\uFF09",
  "\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C",
  "\u4EBA\u6C11\u653F\u5E9C"
];
var GENERIC_CONTINUATIONS = [
  "\u8857\u9053\u529E\u4E8B\u5904",
  "\u8857\u9053",
  "\u8857\u9053\u529E",
  "\u4E61\u9547",
  "\u9547",
  "\u793E\u533A",
  "\u6751",
  "\u6751\uFF08\u5C45\uFF09",
  "\u9547\u653F\u5E9C",
  "\u4E61\u653F\u5E9C",
  "\u9547\u4EBA\u6C11\u653F\u5E9C",
  "\u8857\u9053\u529E\u4E8B\u5904\u4E3B\u4EFB",
  "\u4E3B\u4EFB",
  "\u9547\u957F",
  "\u4E61\u957F",
  "\u4E66\u8BB0",
  "\u8D1F\u8D23\u4EBA",
  "\u4E3B\u8981\u8D1F\u8D23\u4EBA",
  "\u6709\u5173\u5355\u4F4D",
  "\u76F8\u5173\u5355\u4F4D",
  "\u5355\u4F4D",
  "\u90E8\u95E8"
];
var EMPTY_CELL_WORDS = /* @__PURE__ */ new Set(["\u65E0", "\u6682\u65E0", "\u7A7A", "\u7565", "/", "\uFF0F", "\u2014", "\u2014\u2014", "-", "\uFF0D", "--", "\\"]);

// dist/names/classify.js
var HAN_ONLY = /^\p{Script=Han}+$/u;
var TRAILING_NOTE = /[（(][^（）()]*[）)]$/;
var NAME_FRIENDLY_SUFFIXES = /* @__PURE__ */ new Set(["\u884C", "\u79D1", "\u53F0", "\u56E2", "\u53F8", "\u5EAD", "\u6821", "\u4F1A", "\u8054", "\u534F", "\u9662", "\u7EC4", "\u961F"]);
var GIVEN_NAME_PLACE_CHARS = /* @__PURE__ */ new Set(["\u56ED", "\u6E2F", "\u5C9B"]);
function stripNote(name) {
  let s = toSimplified(name.trim());
  while (TRAILING_NOTE.test(s) && s.replace(TRAILING_NOTE, "").length > 0)
    s = s.replace(TRAILING_NOTE, "");
  return s;
}
function endsWithAny(s, endings) {
  for (const e of endings)
    if (s.endsWith(e))
      return e;
  return null;
}
function startsWithAny(s, starts) {
  for (const e of starts)
    if (s.startsWith(e))
      return e;
  return null;
}
function surnameOf(s) {
  const two = s.slice(0, 2);
  if (DOUBLE_SURNAMES.has(two) && s.length >= 3)
    return two;
  const one = s.slice(0, 1);
  return SINGLE_SURNAMES.has(one) ? one : null;
}
function isPersonName(raw) {
  const s = stripNote(raw);
  if (!HAN_ONLY.test(s))
    return false;
  const surname = surnameOf(s);
  if (!surname)
    return false;
  const given = s.length - surname.length;
  if (given < 1 || given > 2)
    return false;
  const last = s.slice(-1);
  if (endsWithAny(s, ROLE_ENDINGS) && s.length > 2)
    return false;
  if (endsWithAny(s, UNIT_SUFFIXES_WEAK.filter((w) => !GIVEN_NAME_PLACE_CHARS.has(w))) && s.length >= 3)
    return false;
  const unitEnd = endsWithAny(s, UNIT_SUFFIXES_STRONG);
  if (unitEnd && !(unitEnd.length === 1 && NAME_FRIENDLY_SUFFIXES.has(last)))
    return false;
  return true;
}
function isRole(raw) {
  const s = stripNote(raw);
  if (s.length < 2)
    return false;
  if (endsWithAny(s, ROLE_ENDINGS))
    return !isPersonName(s) || s.length > 3;
  return false;
}
function isCollective(raw) {
  const s = stripNote(raw);
  const scoped = startsWithAny(s, SCOPE_PREFIXES);
  const rest = scoped ? s.slice(scoped.length) : s;
  return startsWithAny(rest, COLLECTIVE_PREFIXES) !== null && rest.length >= 2;
}
function isStandaloneCollective(raw) {
  const s = toSimplified(raw.trim());
  const scoped = startsWithAny(s, SCOPE_PREFIXES);
  const rest = scoped ? s.slice(scoped.length) : s;
  const prefix = startsWithAny(rest, COLLECTIVE_PREFIXES);
  if (!prefix)
    return false;
  const body = rest.slice(prefix.length);
  if (DIVISION_WORDS.some((w) => body === w || body.startsWith(w) && DIVISION_WORDS.includes(body.slice(w.length))))
    return true;
  const m = /^(.+?)（([^（）]+)）$/.exec(body.replace(/\(/g, "\uFF08").replace(/\)/g, "\uFF09"));
  return m !== null && DIVISION_WORDS.includes(m[1]) && m[2].split("\u3001").every((p) => DIVISION_WORDS.includes(p) || UNIT_SUFFIXES_WEAK.some((w) => p.endsWith(w)));
}
function unitEnding(raw) {
  const s = stripNote(raw);
  const strong = endsWithAny(s, UNIT_SUFFIXES_STRONG);
  if (strong && s.length > strong.length)
    return { ending: strong, strength: "strong" };
  if (strong && s.length === strong.length && strong.length >= 2)
    return { ending: strong, strength: "strong" };
  const weak = endsWithAny(s, UNIT_SUFFIXES_WEAK);
  if (weak && s.length > weak.length)
    return { ending: weak, strength: "weak" };
  return null;
}
function isBareTail(raw) {
  const s = toSimplified(raw.trim());
  return BARE_TAILS.includes(s);
}
function classify(raw) {
  const s = stripNote(raw);
  if (!s)
    return "fragment";
  if (isPersonName(s))
    return "person";
  if (isRole(s))
    return "role";
  if (isCollective(s))
    return "collective";
  if (unitEnding(s))
    return "unit";
  return "fragment";
}
function isComplete(raw, column) {
  const kind = classify(raw);
  if (kind === "fragment")
    return false;
  if (column === "any")
    return true;
  if (column === "person")
    return kind === "person" || kind === "role" || kind === "collective" && /[长人导任记]$/.test(stripNote(raw));
  return kind !== "person" || raw.length > 3;
}

// dist/names/split.js
var LINE_ENDED = "\u2029";
var LINE_WRAPPED = "\u2028";
var HINTS = /* @__PURE__ */ new Set([LINE_ENDED, LINE_WRAPPED]);
var OPEN = "\uFF08(";
var CLOSE = "\uFF09)";
var SEPARATOR_CHARS = /* @__PURE__ */ new Set([",", "\uFF0C", ";", "\uFF1B", "/", "\uFF0F", "|", "\uFF5C"]);
function tokenize(fragments) {
  const out = [];
  for (const fragment of fragments) {
    const text = stripMarkup(foldLookalikes(fragment));
    let depth = 0;
    let cur = "";
    for (const ch of text) {
      if (OPEN.includes(ch))
        depth++;
      if (CLOSE.includes(ch))
        depth = Math.max(0, depth - 1);
      if (HINTS.has(ch)) {
        if (cur)
          out.push(cur);
        cur = "";
        out.push(ch);
        continue;
      }
      const isBreak = depth === 0 && (/\s/.test(ch) || SEPARATOR_CHARS.has(ch));
      if (isBreak) {
        if (cur)
          out.push(cur);
        cur = "";
      } else
        cur += ch;
    }
    if (cur)
      out.push(cur);
  }
  return out.filter((t) => HINTS.has(t) || t.trim() !== "" && !/^[、。.．·…—-]+$/.test(t) && !EMPTY_CELL_WORDS.has(t.trim()));
}
function lastSegment(s) {
  const parts = splitOutsideParens(s, "\u3001");
  return parts[parts.length - 1] ?? s;
}
function unclosed(s) {
  let depth = 0;
  for (const ch of s) {
    if (OPEN.includes(ch))
      depth++;
    if (CLOSE.includes(ch))
      depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
var isAnnotation = (s) => /^[（(].*[）)]$/.test(s);
var isSingleHan = (s) => /^\p{Script=Han}$/u.test(s);
function knownJoin(a, b, opts) {
  const joined = cleanName(a + b);
  if (opts.known?.has(joined))
    return true;
  return opts.documentText !== void 0 && joined.length >= 6 && opts.documentText.includes(joined);
}
function joinFragments(tokens, column, opts = {}) {
  const out = [];
  let inRun = false;
  let hint = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (HINTS.has(tok)) {
      hint = tok;
      continue;
    }
    const prev = out.length ? out[out.length - 1] : null;
    const before = hint;
    hint = null;
    const attach = prev !== null && (before === LINE_ENDED ? endsOpen(prev) || tok.startsWith("\u3001") || OPEN.includes(tok[0]) : shouldAttach(prev, tok, column, inRun, opts, tokens.slice(i + 1).find((x) => !HINTS.has(x))) || before === LINE_WRAPPED && wrappedInside(prev, tok, column));
    if (prev !== null && attach) {
      const wasIncomplete = !closesRun(prev, column, inRun);
      out[out.length - 1] = prev + tok;
      inRun = inRun || wasIncomplete;
      if (closesRun(out[out.length - 1], column, inRun) && !endsOpen(out[out.length - 1]))
        inRun = false;
      continue;
    }
    out.push(tok);
    inRun = false;
  }
  return out;
}
function wrappedInside(prev, tok, column) {
  if (column !== "unit" || /[）)]$/.test(prev))
    return false;
  if (startsCollective(tok) && !isStandaloneCollective(tok))
    return true;
  const across = unitEnding(prev + tok);
  if (across && across.ending.length > tok.length)
    return true;
  if (isStandaloneCollective(prev))
    return false;
  return unitEnding(lastSegment(prev))?.strength !== "strong";
}
function endsOpen(s) {
  return s.endsWith("\u3001") || unclosed(s);
}
function closesRun(s, column, inRun) {
  if (endsOpen(s))
    return false;
  const seg = lastSegment(s);
  if (!isComplete(seg, column)) {
    return false;
  }
  if (inRun && column !== "person") {
    const ending = unitEnding(seg);
    if (ending?.strength === "weak" && !isStandaloneCollective(seg))
      return false;
  }
  return true;
}
function shouldAttach(prev, tok, column, inRun, opts, next) {
  if (endsOpen(prev))
    return true;
  if (tok.startsWith("\u3001"))
    return true;
  if (isAnnotation(tok) || OPEN.includes(tok[0]))
    return true;
  if (isSingleHan(prev) && isSingleHan(tok))
    return true;
  if (column !== "unit" && DOUBLE_SURNAMES.has(prev) && /^\p{Script=Han}{1,2}$/u.test(tok))
    return true;
  if (column === "person" && paddedName(prev, tok, next))
    return true;
  const firstSeg = splitOutsideParens(tok, "\u3001")[0] ?? tok;
  if (isBareTail(firstSeg))
    return true;
  if (column === "unit" && completesSuffix(prev, tok))
    return true;
  if (column === "unit" && placeThenBody(prev, tok))
    return true;
  if (isSingleHan(prev))
    return false;
  if (column === "any" && classify(tok) === "person")
    return false;
  if (!closesRun(prev, column, inRun)) {
    return true;
  }
  return column !== "person" && knownJoin(prev, tok, opts) && (unitEnding(lastSegment(prev))?.strength !== "strong" || classify(tok) === "fragment");
}
function completesSuffix(prev, tok) {
  const body = tok.replace(/[（(][^（）()]*[）)]$/, "");
  return UNIT_SUFFIXES_STRONG.some((w) => {
    for (let k = 1; k < w.length; k++)
      if (body === w.slice(k) && prev.endsWith(w.slice(0, k)))
        return true;
    return false;
  });
}
var MAX_BODY_AFTER_PLACE = 6;
var UNIT_NAME_STARTS = /^[县市区镇乡省州村各]|^(相关|有关|其他|其它|所属|驻)/;
function placeThenBody(prev, tok) {
  const seg = lastSegment(prev);
  if (unitEnding(seg)?.strength !== "weak" || isStandaloneCollective(seg) || classify(seg) === "collective")
    return false;
  if (!/^[县市区镇乡省州]/.test(seg))
    return false;
  const body = tok.replace(/[（(][^（）()]*[）)]$/, "");
  return body.length <= MAX_BODY_AFTER_PLACE && unitEnding(body)?.strength === "strong" && !UNIT_NAME_STARTS.test(body) && !SCOPE_PREFIXES.some((p) => body.startsWith(p));
}
function paddedName(prev, tok, next) {
  const joined = prev + tok;
  if (joined.length > 3 || !isPersonName(joined))
    return false;
  if (isSingleHan(prev) && SINGLE_SURNAMES.has(prev))
    return true;
  return isSingleHan(tok) && prev.length === 2 && isPersonName(prev) && !(next !== void 0 && isSingleHan(next));
}
function startsCollective(s) {
  const scope = SCOPE_PREFIXES.find((p) => s.startsWith(p));
  const rest = scope ? s.slice(scope.length) : s;
  return COLLECTIVE_PREFIXES.some((p) => rest.startsWith(p));
}
function splitOutsideParens(s, sep3) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (OPEN.includes(ch))
      depth++;
    if (CLOSE.includes(ch))
      depth = Math.max(0, depth - 1);
    if (ch === sep3 && depth === 0) {
      out.push(cur);
      cur = "";
    } else
      cur += ch;
  }
  out.push(cur);
  return out;
}
function splitEnumeration(entity) {
  if (!entity.includes("\u3001"))
    return [entity];
  const parts = splitOutsideParens(entity, "\u3001").filter(Boolean);
  const out = [];
  let collective = false;
  for (const part of parts) {
    const bare = part.replace(/[（(][^（）()]*[）)]$/, "");
    if (out.length && collective && GENERIC_CONTINUATIONS.includes(bare)) {
      out[out.length - 1] += "\u3001" + part;
      continue;
    }
    if (out.length && !isComplete(out[out.length - 1], "unit") && !isComplete(out[out.length - 1], "person")) {
      out[out.length - 1] += "\u3001" + part;
      continue;
    }
    out.push(part);
    collective = part.startsWith("\u5404");
  }
  return out;
}
function splitGlued(entity) {
  for (let i = 2; i < entity.length - 1; i++) {
    const head = entity.slice(0, i);
    const tail = entity.slice(i);
    if (!startsCollective(tail) || !isStandaloneCollective(tail))
      continue;
    if (unclosed(head))
      continue;
    const kind = classify(head);
    if (kind === "unit" || kind === "collective") {
      if (unitEnding(head)?.strength === "weak" && kind === "unit")
        continue;
      return [head, ...splitGlued(tail)];
    }
  }
  return [entity];
}
var PADDED_PAIR = /(^|[\s、，,；;／/])(\p{Script=Han})[ \u3000]+(\p{Script=Han})(?=$|[\s、，,；;／/])/gu;
function joinPaddedPairs(fragment) {
  return fragment.replace(PADDED_PAIR, (m, before, a, b) => SINGLE_SURNAMES.has(a) ? before + a + b : m);
}
function splitEntities(fragments, column, opts = {}) {
  const tokens = tokenize(column === "person" ? fragments.map(joinPaddedPairs) : fragments);
  const joined = joinFragments(tokens, column, opts);
  const out = [];
  for (const j of joined) {
    for (const e of splitEnumeration(j)) {
      for (const g of splitGlued(e)) {
        const name = cleanName(g).replace(/^、+|、+$/g, "");
        if (name)
          out.push(name);
      }
    }
  }
  return out;
}

// dist/names/record.js
var COLUMN_KIND = {
  leadUnits: "unit",
  units: "unit",
  coUnits: "unit",
  leaders: "person",
  supervisors: "person"
};
function normaliseRecord(rec, opts = {}) {
  const field = (f) => {
    const frags = rec.cells[f] ?? [];
    if (rec.presplit?.includes(f))
      return frags.map(cleanName).filter(Boolean);
    return splitEntities(frags, COLUMN_KIND[f], opts);
  };
  return {
    table: rec.table,
    seq: rec.seq,
    section: rec.section,
    task: joinLines(rec.task, opts.spacing),
    leadUnits: field("leadUnits"),
    units: field("units"),
    coUnits: field("coUnits"),
    leaders: field("leaders"),
    supervisors: field("supervisors"),
    inherited: RESPONSIBILITY_FIELDS.filter((f) => rec.inherited?.includes(f) && (rec.cells[f]?.length ?? 0) > 0),
    review: rec.review ? [...rec.review] : [],
    source: rec.source
  };
}

// dist/names/pairing.js
function pairLeaders(task, unitField) {
  if (!unitField)
    return { task };
  const units = task[unitField];
  const leaders = task.leaders;
  if (units.length && leaders.length && units.length === leaders.length) {
    return { task: { ...task, assignments: units.map((unit, i) => ({ unit, leader: leaders[i] })) } };
  }
  if (units.length && leaders.length) {
    return {
      task,
      diagnostic: {
        level: "warning",
        code: "LEADER_COUNT_MISMATCH",
        message: `\u7B2C ${task.seq} \u9879\u6709 ${units.length} \u4E2A\u5355\u4F4D\u3001${leaders.length} \u4F4D\u8D23\u4EFB\u4EBA\uFF0C\u65E0\u6CD5\u4E00\u4E00\u5BF9\u5E94\uFF1B\u5DF2\u4FDD\u7559\u4E24\u5217\u539F\u6837\uFF0C\u672A\u914D\u5BF9\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        table: task.table,
        seq: task.seq,
        ...task.source.line ? { line: task.source.line } : {},
        ...task.source.page ? { page: task.source.page } : {}
      }
    };
  }
  return { task };
}

// dist/names/aliases.js
var import_fast_csv = __toESM(require_src(), 1);
import { readFile } from "node:fs/promises";
async function loadAliases(path) {
  let text;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch {
    throw new FenjieError("USAGE", `\u65E0\u6CD5\u8BFB\u53D6\u522B\u540D\u6587\u4EF6\uFF1A${path}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u3002`, path);
  }
  const pairs = [];
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new FenjieError("USAGE", `\u522B\u540D\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A${path}\uFF08${e.message}\uFF09\u3002`, path);
    }
    if (Array.isArray(data)) {
      for (const item of data) {
        if (Array.isArray(item) && item.length === 2)
          pairs.push([String(item[0]), String(item[1])]);
        else if (item && typeof item === "object" && "from" in item && "to" in item)
          pairs.push([String(item.from), String(item.to)]);
        else
          throw new FenjieError("USAGE", `\u522B\u540D\u6587\u4EF6\u683C\u5F0F\u4E0D\u5BF9\uFF1A${path}\u3002\u6BCF\u9879\u5E94\u4E3A ["\u539F\u540D","\u7EDF\u4E00\u540D"] \u6216 {"from":\u2026,"to":\u2026}\u3002`, path);
      }
    } else if (data && typeof data === "object") {
      for (const [k, v] of Object.entries(data))
        pairs.push([k, String(v)]);
    }
  } else {
    const rows = await new Promise((resolve7, reject) => {
      const out = [];
      (0, import_fast_csv.parseString)(text, { ignoreEmpty: true, trim: true }).on("data", (r) => out.push(r)).on("error", reject).on("end", () => resolve7(out));
    });
    for (const [i, r] of rows.entries()) {
      if (i === 0 && r[0]?.toLowerCase() === "from")
        continue;
      if (r.length < 2 || !r[0] || !r[1])
        throw new FenjieError("USAGE", `\u522B\u540D\u6587\u4EF6\u7B2C ${i + 1} \u884C\u5E94\u4E3A\u201C\u539F\u540D,\u7EDF\u4E00\u540D\u201D\uFF1A${path}\u3002`, path);
      pairs.push([r[0], r[1]]);
    }
  }
  return new Map(pairs.map(([a, b]) => [cleanName(a), cleanName(b)]));
}
function applyAliases(tasks, aliases) {
  if (!aliases.size)
    return { tasks: [...tasks], diagnostics: [] };
  const used = /* @__PURE__ */ new Map();
  const map = (name) => {
    const to = aliases.get(name);
    if (to === void 0 || to === name)
      return name;
    used.set(name, (used.get(name) ?? 0) + 1);
    return to;
  };
  const out = tasks.map((t) => {
    const copy = { ...t };
    for (const f of RESPONSIBILITY_FIELDS)
      copy[f] = t[f].map(map);
    if (t.assignments)
      copy.assignments = t.assignments.map((a) => ({ unit: aliases.get(a.unit) ?? a.unit, leader: aliases.get(a.leader) ?? a.leader }));
    return copy;
  });
  const diagnostics = [...used.entries()].map(([from, n]) => ({
    level: "info",
    code: "ALIAS_APPLIED",
    message: `\u6309\u522B\u540D\u8868\u5C06\u201C${from}\u201D\u7EDF\u4E00\u4E3A\u201C${aliases.get(from)}\u201D\uFF0C\u5171 ${n} \u5904\u3002`
  }));
  return { tasks: out, diagnostics };
}

// dist/table/filldown.js
function fillDown(tasks, tables) {
  const out = [];
  let prev = null;
  for (const t of tasks) {
    const table = tables.find((x) => x.index === t.table);
    const present = new Set(table?.headers.map((h) => h.field) ?? []);
    const columns = RESPONSIBILITY_FIELDS.filter((f) => present.has(f));
    const blank = columns.length > 0 && columns.every((f) => t[f].length === 0);
    if (blank && prev && prev.table === t.table) {
      const filled = { ...t, inherited: [] };
      for (const f of columns) {
        if (prev[f].length) {
          filled[f] = [...prev[f]];
          filled.inherited.push(f);
        }
      }
      out.push(filled);
      prev = filled;
      continue;
    }
    out.push(t);
    prev = t;
  }
  return out;
}

// dist/table/headers.js
var HEADER_RULES = [
  { field: "seq", pattern: /^(序号|序|编号|号|顺序号|序次|NO\.?)$/i, examples: ["\u5E8F\u53F7", "\u7F16\u53F7"] },
  // columns fenjie does not interpret: deadlines, progress, remarks
  { field: "other", pattern: /(时限|时间|节点|进度|期限|备注|说明|依据|指标值|完成标准)/, examples: ["\u5B8C\u6210\u65F6\u9650", "\u5907\u6CE8"] },
  {
    field: "supervisors",
    pattern: /(分管|联系|挂钩|挂点|包保|包联|督办|督导|领衔).*(领导|长|负责人|负责同志)$|^(分管|联系|挂钩)(领导)?$|^(责任|牵头|包联|挂点|联系)?[省市区县镇乡]级?(责任)?领导$/,
    examples: ["\u5206\u7BA1\u9886\u5BFC", "\u5206\u7BA1\u5E02\u9886\u5BFC", "\u5206\u7BA1\u533A\u9886\u5BFC", "\u5206\u7BA1\u53BF\u9886\u5BFC", "\u533A\u5206\u7BA1\u6216\u8054\u7CFB\u9886\u5BFC", "\u8054\u7CFB\u9886\u5BFC", "\u6302\u94A9\u9886\u5BFC", "\u5206\u7BA1\u7701\u9886\u5BFC", "\u5E02\u9886\u5BFC", "\u53BF\u7EA7\u9886\u5BFC", "\u7275\u5934\u53BF\u9886\u5BFC", "\u9886\u8854\u9886\u5BFC", "\u5206\u7BA1\u8D1F\u8D23\u540C\u5FD7", "\u5206\u7BA1\u526F\u5E02\u957F", "\u5206\u7BA1\u526F\u533A\u957F", "\u5206\u7BA1\u526F\u53BF\u957F"]
  },
  { field: "leaders", pattern: /^(具体|主要|牵头|单位)?(责任领导人?|责任人|负责人|领导责任人|责任领导及责任人|牵头领导)$/, examples: ["\u8D23\u4EFB\u9886\u5BFC", "\u8D23\u4EFB\u4EBA", "\u5355\u4F4D\u8D1F\u8D23\u4EBA", "\u5177\u4F53\u8D23\u4EFB\u4EBA", "\u7275\u5934\u9886\u5BFC"] },
  { field: "leadUnits", pattern: /牵头|主办|主责|主要责任单位/, examples: ["\u7275\u5934\u5355\u4F4D", "\u4E3B\u529E\u5355\u4F4D", "\u7275\u5934\u90E8\u95E8", "\u7275\u5934\u79D1\u5BA4", "\u4E3B\u8D23\u5355\u4F4D", "\u7275\u5934\u8D23\u4EFB\u5355\u4F4D"] },
  { field: "coUnits", pattern: /协办|配合|参与|协同|协助|会办|会同|参加/, examples: ["\u534F\u529E\u5355\u4F4D", "\u914D\u5408\u5355\u4F4D", "\u53C2\u4E0E\u5355\u4F4D", "\u534F\u540C\u5355\u4F4D", "\u914D\u5408\u90E8\u95E8", "\u534F\u529E\u90E8\u95E8", "\u53C2\u4E0E\u90E8\u95E8"] },
  { field: "units", pattern: /(单位|部门|科室|主体)$|(单位|部门)及(责任人|负责人)$/, examples: ["\u8D23\u4EFB\u5355\u4F4D", "\u8D23\u4EFB\u90E8\u95E8", "\u627F\u529E\u5355\u4F4D", "\u8D23\u4EFB\u5355\u4F4D\u53CA\u8D23\u4EFB\u4EBA", "\u8D23\u4EFB\u79D1\u5BA4", "\u5B9E\u65BD\u5355\u4F4D"] },
  {
    field: "task",
    pattern: /任务|内容|目标|事项|措施|工作$|^重点工作|指标(名称)?$|^(指标|项目)名称$/,
    examples: ["\u76EE\u6807\u4EFB\u52A1", "\u5177\u4F53\u4EFB\u52A1", "\u5177\u4F53\u76EE\u6807\u4EFB\u52A1", "\u5DE5\u4F5C\u4EFB\u52A1", "\u91CD\u70B9\u4EFB\u52A1", "\u4E3B\u8981\u4EFB\u52A1", "\u4E3B\u8981\u6307\u6807", "\u6307\u6807\u540D\u79F0"]
  },
  { field: "section", pattern: /^(项目|类别|分类|领域|板块|类型|专项|大项|工作类别|项目类别|类别项目|篇章|部分)$/, examples: ["\u9879\u76EE"] }
];
function mapHeader(text) {
  const h = toSimplified(cleanName(text)).replace(/[：:*＊]/g, "");
  if (!h)
    return "other";
  for (const rule of HEADER_RULES)
    if (rule.pattern.test(h))
      return rule.field;
  const bare = h.replace(/（[^（）]*）/g, "");
  if (bare && bare !== h) {
    for (const rule of HEADER_RULES)
      if (rule.pattern.test(bare))
        return rule.field;
  }
  return "other";
}
function isHeaderRow(cells) {
  const fields = cells.map(mapHeader);
  const known = fields.filter((f) => f !== "other");
  const hasTask = fields.includes("task");
  const hasResp = fields.some((f) => f === "leadUnits" || f === "units" || f === "coUnits" || f === "leaders" || f === "supervisors");
  return hasTask && hasResp && known.length >= Math.max(2, Math.ceil(cells.filter((c) => c.trim()).length * 0.6));
}
function pairedUnitField(columns) {
  const leaderIdx = columns.indexOf("leaders");
  if (leaderIdx < 0)
    return null;
  let co = false;
  for (let i = leaderIdx - 1; i >= 0; i--) {
    const f = columns[i];
    if (f === "leadUnits" || f === "units")
      return f;
    if (f === "coUnits")
      co = true;
  }
  return co ? "coUnits" : null;
}

// dist/table/sections.js
var CN_NUM = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u96F6\u3007\u4E24";
var HEADING_PATTERNS = [
  // a part of the report above the `一、` chapters (`第一部分 主要预期目标`)
  { level: 0, pattern: new RegExp(`^\u7B2C[${CN_NUM}]+(\u90E8\u5206|\u7BC7|\u7F16)`) },
  { level: 1, pattern: new RegExp(`^[${CN_NUM}]+[\u3001.\uFF0E]`) },
  { level: 2, pattern: new RegExp(`^[\uFF08(][${CN_NUM}]+[\uFF09)]`) },
  { level: 3, pattern: /^\d{1,2}[、.．](?!\d)/ },
  { level: 4, pattern: /^[（(]\d{1,2}[）)]/ }
];
function headingLevel(text) {
  const t = cleanText(text);
  for (const { level, pattern } of HEADING_PATTERNS)
    if (pattern.test(t))
      return level;
  return null;
}
var SectionPath = class {
  entries = [];
  push(text, level) {
    this.entries = this.entries.filter((e) => e.level < level);
    this.entries.push({ level, text });
  }
  /** Replace the whole path (a 项目 cell gives the full path of its rows). */
  set(path) {
    this.entries = [];
    for (const p of path)
      this.push(p.text, p.level);
  }
  /** Apply a partial path: its first entry's level decides what it replaces. */
  apply(path) {
    for (const p of path)
      this.push(p.text, p.level);
  }
  get current() {
    return this.entries.map((e) => e.text);
  }
};
function parseSectionCell(lines) {
  const out = [];
  const text = lines.map((l) => cleanText(l)).filter(Boolean).join("");
  if (!text)
    return out;
  const marker = new RegExp(`(?=[\uFF08(][${CN_NUM}]+[\uFF09)])|(?=(?<![${CN_NUM}])[${CN_NUM}]+\u3001)`, "g");
  const parts = text.split(marker).filter(Boolean);
  for (const part of parts) {
    const level = headingLevel(part) ?? (out.length ? out[out.length - 1].level + 1 : 1);
    out.push({ level, text: part });
  }
  return out;
}

// dist/table/lexicon.js
var PAGE_NUMBER_PATTERNS = [
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/
];
var PAGE_FURNITURE_PATTERNS = [/^附件\s*\d*[：:]?$/, /^附表\s*\d*[：:]?$/];
var SEPARATOR_LINE = /^[-—–_=*·.…~～\s]+$/;
var TABLE_END_PATTERNS = [/^抄送[：:]/, /^抄\s*送/, /^[（(]此件/, /印发$/, /^印发[：:]?/];
var SENTENCE_END = /[。；！？!?;]$/;
var TRAILING_CLOSERS = /[”’」』）)】》\s]+$/;
var PROSE_PUNCTUATION = /[，,。；;：:！!？?“”"‘’…%％]/;

// dist/layouts/grid.js
var ENTITY_FIELDS = /* @__PURE__ */ new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
var SEQ = /^\s*(\d{1,4})\s*[.、．]?\s*$/;
var TITLE = /(分解表|任务表|分工表|责任表|清单|一览表|台账|分解方案|分工方案|责任分解|任务分解)/;
var TITLE_MAX_LENGTH = 60;
var UNMARKED_HEADING_MAX_LENGTH = 30;
var SENTENCE_END2 = /[。；;！？!?][”’」』）)】》]*$/;
function isPageNoise(text) {
  const t = text.trim();
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || PAGE_FURNITURE_PATTERNS.some((p) => p.test(t)) || /^\d{1,4}$/.test(t);
}
function isUnmarkedHeading(text) {
  const t = text.trim();
  return t.length >= 2 && t.length <= UNMARKED_HEADING_MAX_LENGTH && !/[，,。；;：:！？!?]/.test(t) && !isTableTitle(t) && !/^(抄送|抄报|附件|注[：:])/.test(t) && !/\d{4}\s*年\s*\d{1,2}\s*月/.test(t) && !/印发$/.test(t);
}
function isTableTitle(text) {
  const t = toSimplified(cleanText(stripTags(text).replace(/^#+\s*/, ""))).replace(/^附[件表]\s*\d*\s*[：:]\s*/, "");
  return TITLE.test(t) && t.length <= TITLE_MAX_LENGTH && !/[，,。；;：:]/.test(t) && !/^(关于|根据|按照|现将|为)/.test(t) && !/通知$/.test(t);
}
function cellText(row, i) {
  return (row.cells[i]?.lines ?? []).join(" ").trim();
}
function nonEmptyCells(row) {
  const idx = [];
  row.cells.forEach((c, i) => {
    if (c.lines.some((l) => cleanText(l) !== ""))
      idx.push(i);
  });
  return idx;
}
function wasBold(row) {
  return row.cells.some((c) => c.lines.some((l) => /<(b|strong)>/i.test(l)));
}
function gridToRecords(rows, options) {
  const tables = [];
  const records = [];
  const diagnostics = [];
  let table = null;
  let pendingHeader = null;
  let lastTitle = null;
  let lastSeq = 0;
  let section = new SectionPath();
  let current = null;
  let stray = [];
  let headingsSinceHeader = [];
  const openTable = (headers) => {
    const spec = {
      index: tables.length,
      title: lastTitle,
      headers: headers.map((text) => ({ text: cleanText(text), field: mapHeader(text) })),
      columns: headers.map(mapHeader),
      layout: options.layout
    };
    tables.push(spec);
    table = spec;
    lastSeq = 0;
    section = new SectionPath();
    section.apply(headingsSinceHeader);
    current = null;
    lastTitle = null;
    return spec;
  };
  const flushStray = () => {
    for (const s of stray) {
      diagnostics.push({
        level: "warning",
        code: "UNPLACED_TEXT",
        message: `\u8868\u683C\u4E2D\u6709\u4E00\u884C\u6587\u5B57\u65E0\u6CD5\u5F52\u5165\u4EFB\u4F55\u4EFB\u52A1\uFF0C\u5DF2\u5FFD\u7565\uFF1A\u201C${s.cells.map((c) => c.lines.join(" ")).join(" ").trim().slice(0, 40)}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        ...table ? { table: table.index } : {},
        ...s.line ? { line: s.line } : {},
        ...s.page ? { page: s.page } : {}
      });
    }
    stray = [];
  };
  for (let ri = 0; ri < rows.length; ri++) {
    let full = rows[ri];
    let row = ownCells(full);
    const texts = row.cells.map((_, i) => cellText(row, i));
    const filled = nonEmptyCells(row);
    if (filled.length === 0)
      continue;
    if (filled.length >= 2 && !isHeaderRow(texts) && ri + 1 < rows.length) {
      const merged = mergeHeaderRows(texts, rows[ri + 1]);
      if (merged) {
        pendingHeader = { headers: merged, row };
        headingsSinceHeader = [];
        ri++;
        continue;
      }
    }
    if (filled.length >= 2 && isHeaderRow(texts)) {
      pendingHeader = { headers: texts, row };
      headingsSinceHeader = [];
      continue;
    }
    if (pendingHeader && isSubHeader(texts, filled)) {
      pendingHeader = { headers: pendingHeader.headers.map((h, i) => texts[i]?.trim() ? texts[i] : h), row: pendingHeader.row };
      continue;
    }
    const colOf = (field) => (table ?? (pendingHeader ? { columns: pendingHeader.headers.map(mapHeader) } : null))?.columns.indexOf(field) ?? -1;
    let seqMatch;
    const taskCol = colOf("task");
    if (colOf("seq") < 0 && taskCol >= 0 && (table || pendingHeader)) {
      const numbered = numberedTask(row, taskCol);
      seqMatch = numbered ? SEQ.exec(numbered.seq) : null;
      if (numbered) {
        row = numbered.row;
        full = numberedTask(full, taskCol)?.row ?? full;
      }
    } else
      seqMatch = SEQ.exec(cellText(row, Math.max(0, colOf("seq"))).normalize("NFKC"));
    if (filled.length === 1 && !seqMatch) {
      const only = cellText(row, filled[0]);
      const plain2 = cleanText(stripTags(only)).replace(/^#+\s*/, "");
      if (isPageNoise(plain2))
        continue;
      const columns = table?.columns ?? (pendingHeader ? pendingHeader.headers.map(mapHeader) : null);
      const col = columns?.[filled[0]] ?? "other";
      const contentColumn = col === "task" || ENTITY_FIELDS.has(col);
      const level = headingLevel(plain2);
      if (table && current && row.cells.length >= 2 && contentColumn && !wasBold(row) && (level === null || SENTENCE_END2.test(plain2))) {
        addCells(current, row, table, section, true);
        continue;
      }
      if (table || pendingHeader) {
        const unmarked = level === null && !contentColumn && row.cells.length >= 2 && isUnmarkedHeading(plain2);
        if (level !== null || wasBold(row) || row.spansTable || unmarked) {
          section.push(cleanText(only), level ?? 1);
          if (pendingHeader)
            headingsSinceHeader.push({ text: cleanText(only), level: level ?? 1 });
          continue;
        }
      }
      if (isTableTitle(only)) {
        lastTitle = cleanText(only.replace(/^#+\s*/, ""));
        continue;
      }
      if (table && current)
        stray.push(row);
      continue;
    }
    if (seqMatch && row.cells.length === 1 && table && table.columns.length >= 2)
      continue;
    if (seqMatch) {
      const seq = Number(seqMatch[1]);
      if (pendingHeader) {
        const sameHeader = table && pendingHeader.headers.map((t) => cleanText(t)).join("|") === table.headers.map((h) => h.text).join("|");
        if (!table || !sameHeader || seq <= lastSeq)
          openTable(pendingHeader.headers);
        pendingHeader = null;
      } else if (table && seq <= lastSeq && seq === 1) {
        diagnostics.push({
          level: "warning",
          code: "SEQ_RESTART",
          message: `\u5E8F\u53F7\u4ECE ${lastSeq} \u56DE\u5230 1\uFF0C\u6309\u65B0\u8868\u5904\u7406\u3002\u5982\u5C5E\u540C\u4E00\u8868\u683C\uFF0C\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
          table: table.index + 1,
          ...row.line ? { line: row.line } : {}
        });
        openTable(table.headers.map((h) => h.text));
      }
      if (!table)
        continue;
      const spec = table;
      flushStray();
      const rec = {
        table: spec.index,
        seq,
        section: [],
        task: [],
        cells: {},
        source: { ...row.line ? { line: row.line } : {}, ...row.page ? { page: row.page } : {}, ...row.bbox ? { bbox: row.bbox } : {} }
      };
      addCells(rec, full, spec, section);
      rec.section = section.current;
      records.push(rec);
      current = rec;
      lastSeq = seq;
      continue;
    }
    if (table && current) {
      addCells(current, row, table, section, true);
      continue;
    }
  }
  stray = [];
  return { tables, records, diagnostics };
}
function mergeHeaderRows(upper, lowerRow) {
  const lower = lowerRow.cells.map((_, i) => cellText(lowerRow, i));
  const lowerFilled = nonEmptyCells(lowerRow);
  if (!lowerFilled.length || !isSubHeader(lower, lowerFilled))
    return null;
  if (upper.some((t) => SEQ.test(t.normalize("NFKC"))))
    return null;
  const merged = Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => lower[i]?.trim() ? lower[i] : upper[i] ?? "");
  return isHeaderRow(merged) ? merged : null;
}
var HEADER_CELL_MAX_LENGTH = 12;
var NUMBERED_TASK = /^\s*([0-9０-９]{1,4})\s*[.、．](?![0-9０-９])\s*/;
function numberedTask(row, taskCol) {
  const lines = row.cells[taskCol]?.lines ?? [];
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0)
    return null;
  const m = NUMBERED_TASK.exec(lines[first]);
  if (!m)
    return null;
  const rest = lines[first].slice(m[0].length);
  const cells = row.cells.map((c, i) => i === taskCol ? { lines: [...lines.slice(0, first), rest, ...lines.slice(first + 1)] } : c);
  return { row: { ...row, cells }, seq: m[1].normalize("NFKC") };
}
function isSubHeader(texts, filled) {
  if (filled.some((i) => SEQ.test((texts[i] ?? "").normalize("NFKC"))))
    return false;
  if (filled.some((i) => headingLevel(stripTags(texts[i] ?? "")) !== null || cleanText(stripTags(texts[i] ?? "")).length > HEADER_CELL_MAX_LENGTH))
    return false;
  return filled.every((i) => mapHeader(texts[i] ?? "") !== "other");
}
function ownCells(row) {
  if (!row.cells.some((c) => c.spanned))
    return row;
  return { ...row, cells: row.cells.map((c) => c.spanned ? { lines: [] } : c) };
}
function stripTags(s) {
  return s.replace(/<[^>]+>/g, "");
}
function addCells(rec, row, spec, section, continuation = false) {
  spec.columns.forEach((field, i) => {
    const cell = row.cells[i];
    const lines = (cell?.lines ?? []).filter((l) => cleanText(l) !== "");
    if (!lines.length)
      return;
    if (cell?.spanned) {
      if (ENTITY_FIELDS.has(field)) {
        const f = field;
        (rec.cells[f] ??= []).push(...lines);
        if (!rec.inherited?.includes(f))
          (rec.inherited ??= []).push(f);
      }
      return;
    }
    if (field === "task")
      rec.task.push(...lines);
    else if (field === "section") {
      section.apply(parseSectionCell(lines));
    } else if (ENTITY_FIELDS.has(field)) {
      const f = field;
      (rec.cells[f] ??= []).push(...lines);
    }
  });
  if (continuation)
    rec.section = section.current;
}

// dist/layouts/merge.js
function mergeResults(results) {
  const firstLine = (r) => Math.min(...r.records.map((x) => x.source.line ?? Infinity));
  const ordered = [...results].sort((a, b) => firstLine(a) - firstLine(b));
  const out = { tables: [], records: [], diagnostics: [] };
  for (const r of ordered) {
    const offset = out.tables.length;
    out.tables.push(...r.tables.map((t) => ({ ...t, index: t.index + offset })));
    out.records.push(...r.records.map((x) => ({ ...x, table: x.table + offset })));
    out.diagnostics.push(...r.diagnostics.map((d) => d.table === void 0 ? d : { ...d, table: d.table + offset }));
  }
  return out;
}

// dist/layouts/list/data.js
var CN = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u96F6\u3007\u4E24";
var NUMBERING_STYLES = [
  { style: "cn-comma", pattern: new RegExp(`^([${CN}]{1,4})[\u3001.\uFF0E]\\s*`), level: 1 },
  { style: "cn-paren", pattern: new RegExp(`^[\uFF08(]([${CN}]{1,4})[\uFF09)]\\s*`), level: 2 },
  { style: "arabic-dot", pattern: /^(\d{1,3})[.．](?!\d)\s*/, level: 3 },
  { style: "arabic-comma", pattern: /^(\d{1,3})、\s*/, level: 3 },
  { style: "arabic-paren", pattern: /^[（(](\d{1,3})[）)]\s*/, level: 4 },
  { style: "arabic-half-paren", pattern: /^(\d{1,3})[)）]\s*/, level: 4 },
  { style: "cn-shi", pattern: new RegExp(`^([${CN}]{1,4})\u662F[\uFF0C,\uFF1A:]?\\s*`), level: 5 },
  { style: "ordinal", pattern: new RegExp(`^\u7B2C([${CN}\\d]{1,4})[\u9879\u6761][\uFF0C,\u3001\uFF1A:.\uFF0E]?\\s*`), level: 5 },
  { style: "circled", pattern: /^([\u2460-\u2473])\s*/, level: 6 }
];
var CN_DIGITS2 = {
  "\u3007": 0,
  \u96F6: 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9
};
var ROLE_VERBS = [
  { verb: "\u7275\u5934\u8D1F\u8D23", field: "leadUnits" },
  { verb: "\u7275\u5934\u843D\u5B9E", field: "leadUnits" },
  { verb: "\u7275\u5934\u6293\u603B", field: "leadUnits" },
  { verb: "\u7275\u5934\u63A8\u8FDB", field: "leadUnits" },
  { verb: "\u7275\u5934", field: "leadUnits" },
  { verb: "\u5177\u4F53\u8D1F\u8D23", field: "units" },
  { verb: "\u8D1F\u8D23\u843D\u5B9E", field: "units" },
  { verb: "\u7EC4\u7EC7\u5B9E\u65BD", field: "units" },
  { verb: "\u8D1F\u8D23", field: "units" },
  { verb: "\u843D\u5B9E", field: "units" },
  { verb: "\u627F\u529E", field: "units" },
  { verb: "\u914D\u5408", field: "coUnits" },
  { verb: "\u534F\u52A9", field: "coUnits" },
  { verb: "\u534F\u529E", field: "coUnits" },
  { verb: "\u53C2\u4E0E", field: "coUnits" },
  { verb: "\u534F\u540C", field: "coUnits" }
];
var ROLE_ADVERBS = [
  "\u6309\u804C\u8D23\u5206\u5DE5",
  "\u6309\u804C\u80FD\u5206\u5DE5",
  "\u6839\u636E\u804C\u8D23",
  "\u6309\u7167\u804C\u8D23",
  "\u6309\u804C\u8D23",
  "\u4F9D\u804C\u8D23",
  "\u5206\u522B",
  "\u5171\u540C",
  "\u5168\u529B",
  "\u79EF\u6781",
  "\u505A\u597D",
  "\u6293\u597D",
  "\u5177\u4F53",
  // a first verb before the role verb (`X负责牵头`, `Y协助配合`)
  "\u8D1F\u8D23",
  "\u534F\u52A9",
  "\u53C2\u4E0E"
];
var ROLE_PREPOSITIONS = ["\u7531"];
var ROLE_LABELS = ["\u8D23\u4EFB\u90E8\u95E8\u5206\u5DE5", "\u8D23\u4EFB\u5355\u4F4D\u5206\u5DE5", "\u90E8\u95E8\u5206\u5DE5", "\u8D23\u4EFB\u5206\u5DE5", "\u804C\u8D23\u5206\u5DE5", "\u4EFB\u52A1\u5206\u5DE5", "\u5355\u4F4D\u5206\u5DE5"];
var FIRST_IS_LEAD_NOTE = /(?:列|排|排名|排序)?(?:在)?(?:第一位|首位|第一个|第一|最前)(?:面)?(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)(?:[，,、]?下同)?/;
var LABEL_NOT_ADDRESSEE = /^(各|有关|相关|其他|其它|所属|[省市区县]直|驻[市区县])|各(单位|部门)$/;
var REST_ARE_CO_NOTE = /其[余他它](?:的)?(?:单位|部门)?(?:为|是)(?:配合|协办|参与|协同)(?:单位|部门)/;
var ROLE_NOTES = [
  { pattern: /[（(]\s*(?:牵头|主办|主责)(?:单位|部门)?\s*[）)]/, field: "leadUnits" },
  { pattern: /[（(]\s*(?:配合|协办|参与|协助)(?:单位|部门)?\s*[）)]/, field: "coUnits" }
];
var ET_CETERA = /等(?:有关|相关|其他)?(?:成员)?(?:单位|部门)?$/;
var LIST_TITLE = /(分解|分工|清单|任务表|一览表|台账)/;
var NOTICE_TITLE = /关于.*(通知|意见|决定|函|批复|方案)$/;
var ATTACHMENT_MARK = /^附件\s*\d*[：:]?\s*$/;
var LIST_SETTINGS = {
  /** an un-numbered heading is at most this many characters */
  maxHeadingChars: 40,
  /** a label not among the header table's label words is at most this many characters before its colon */
  maxLabelChars: 6,
  /** the list layout applies when at least this many paragraphs carry responsibility */
  minLabelledItems: 2,
  /** detect score of a list-form document or a `|`-marked flattened table (a tab-separated table scores 10) */
  detectScore: 8,
  /** detect score of a flattened table without `|` marks: below the flat layout (5), which reads PDF text dumps */
  unmarkedFlatScore: 3,
  /** a flattened table header has at least this many cells, one per line */
  minFlatHeaderCells: 3
};

// dist/layouts/list/responsibility.js
var ENTITY_FIELD_NAMES = /* @__PURE__ */ new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
var OPENERS = "\uFF08([\uFF3B\u3010\u3014";
var CLOSERS = "\uFF09)]\uFF3D\u3011\u3015";
var SEPARATORS = /^[\s，,；;。.、：:]+|[\s，,；;。.、：:]+$/g;
function emptyResponsibility() {
  return { cells: {}, labels: [], firstIsLead: false, etCetera: [], remarks: [] };
}
function hasEntities(r) {
  return Object.values(r.cells).some((v) => v && v.length > 0);
}
function mergeResponsibility(into, from) {
  for (const [f, frags] of Object.entries(from.cells))
    (into.cells[f] ??= []).push(...frags);
  into.labels.push(...from.labels);
  into.firstIsLead ||= from.firstIsLead;
  into.etCetera.push(...from.etCetera);
  into.remarks.push(...from.remarks);
  return into;
}
var trimSeparators = (s) => s.replace(SEPARATORS, "");
function addFragment(r, field, fragment) {
  let frag = trimSeparators(fragment);
  const m = ET_CETERA.exec(toSimplified(frag));
  if (m && m.index > 0) {
    r.etCetera.push(frag);
    frag = trimSeparators(frag.slice(0, m.index));
  }
  if (frag)
    (r.cells[field] ??= []).push(frag);
}
function labelField(label2) {
  const folded = toSimplified(label2.replace(/\s+/g, ""));
  if (LABEL_NOT_ADDRESSEE.test(folded))
    return null;
  const f = mapHeader(folded);
  if (ENTITY_FIELD_NAMES.has(f))
    return f;
  if (ROLE_LABELS.includes(folded))
    return "roles";
  return null;
}

// dist/layouts/list/roles.js
function clauses(text) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (OPENERS.includes(ch))
      depth++;
    if (CLOSERS.includes(ch))
      depth = Math.max(0, depth - 1);
    if (depth === 0 && /[，,；;。]/.test(ch)) {
      out.push(cur);
      cur = "";
    } else
      cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim()).filter(Boolean);
}
function stripAffixes(subject) {
  let s = subject.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const f2 = toSimplified(s);
    for (const a of ROLE_ADVERBS) {
      if (f2.endsWith(a) && f2.length > a.length) {
        s = s.slice(0, s.length - a.length).trim();
        changed = true;
        break;
      }
    }
  }
  const f = toSimplified(s);
  for (const p of ROLE_PREPOSITIONS)
    if (f.startsWith(p) && f.length > p.length)
      s = s.slice(p.length);
  return trimSeparators(s);
}
function roleOf(clause) {
  const f = toSimplified(clause);
  for (const v of ROLE_VERBS) {
    if (f.endsWith(v.verb) && f.length > v.verb.length) {
      return { field: v.field, verb: clause.slice(clause.length - v.verb.length), subject: stripAffixes(clause.slice(0, clause.length - v.verb.length)) };
    }
  }
  const m = /^(.+?)为(\p{Script=Han}{0,4}(?:单位|部门))$/u.exec(f);
  if (m) {
    const field = labelField(m[2]);
    if (field && field !== "roles")
      return { field, verb: clause.slice(m[1].length), subject: stripAffixes(clause.slice(0, m[1].length)) };
  }
  return null;
}
function parseRoles(text) {
  const r = emptyResponsibility();
  let pending = [];
  let lastField = null;
  for (const c of clauses(text)) {
    const role = roleOf(c);
    if (!role) {
      pending.push(c);
      continue;
    }
    for (const name of [...pending, role.subject])
      if (trimSeparators(name))
        addFragment(r, role.field, name);
    pending = [];
    r.labels.push({ text: role.verb, field: role.field });
    lastField = role.field;
  }
  if (!lastField)
    return null;
  for (const name of pending)
    addFragment(r, lastField, name);
  return r;
}
function looksLikeNames(r) {
  const frags = Object.values(r.cells).flat();
  if (!frags.length)
    return false;
  return frags.every((frag) => {
    if (frag.length > 60)
      return false;
    const names = splitEntities([frag], "unit");
    return names.length > 0 && names.some((n) => classify(n) !== "fragment") && names.every((n) => n.length <= 25);
  });
}

// dist/layouts/list/labels.js
var LABEL_BOUNDARY = /[\s。；;，,、：:（(\[［【〔）)\]］】〕]/;
var LABEL_WORDS = HEADER_RULES.filter((r) => ENTITY_FIELD_NAMES.has(r.field)).flatMap((r) => r.examples.map((word) => ({ word, field: r.field }))).sort((a, b) => b.word.length - a.word.length);
function labelAtEnd(run, atBoundary, others) {
  if (LABEL_NOT_ADDRESSEE.test(run))
    return null;
  const word = LABEL_WORDS.find((w) => run.endsWith(w.word));
  if (word)
    return { offset: run.length - word.word.length, field: word.field };
  const role = [...ROLE_LABELS].sort((a, b) => b.length - a.length).find((w) => run.endsWith(w));
  if (role)
    return { offset: run.length - role.length, field: "roles" };
  if (!atBoundary || run.length > LIST_SETTINGS.maxLabelChars)
    return null;
  const field = labelField(run) ?? (others ? "other" : null);
  return field ? { offset: 0, field } : null;
}
function scanLabels(text, others = false) {
  const folded = toSimplified(text);
  let depth = null;
  const hits = [];
  for (const m of folded.matchAll(/(\p{Script=Han}+)\s*[：:]/gu)) {
    const before = m.index > 0 ? folded[m.index - 1] : " ";
    const label2 = labelAtEnd(m[1], LABEL_BOUNDARY.test(before), others);
    if (!label2)
      continue;
    const start = m.index + label2.offset;
    depth ??= bracketDepths(folded);
    if (depth[start] > 0)
      continue;
    hits.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[1].length), field: label2.field });
  }
  const bracketed = /[【［[]\s*(\p{Script=Han}{2,10})\s*[】］\]][：:]?/gu;
  for (const m of folded.matchAll(bracketed)) {
    const field = labelField(m[1]);
    if (!field)
      continue;
    const at2 = m.index + m[0].indexOf(m[1]);
    hits.push({ start: m.index, end: m.index + m[0].length, text: text.slice(at2, at2 + m[1].length), field });
  }
  return hits.sort((a, b) => a.start - b.start);
}
function parseResponsibility(text, bare, opts = {}) {
  let content = text;
  const r = emptyResponsibility();
  const note = FIRST_IS_LEAD_NOTE.exec(toSimplified(content));
  if (note) {
    r.firstIsLead = true;
    content = content.slice(0, note.index) + content.slice(note.index + note[0].length);
  }
  const hits = scanLabels(content, true);
  if (hits.some((h) => h.field !== "other")) {
    const prefix = trimSeparators(content.slice(0, hits[0].start));
    if (prefix) {
      const roles2 = parseRoles(prefix);
      if (roles2 && looksLikeNames(roles2))
        mergeResponsibility(r, roles2);
      else
        r.remarks.push(prefix);
    }
    hits.forEach((hit, i) => {
      const seg = content.slice(hit.end, hits[i + 1]?.start ?? content.length);
      const roles2 = parseRoles(seg);
      if (hit.field === "other") {
        r.labels.push({ text: hit.text, field: "other" });
        return;
      }
      if (hit.field === "roles") {
        if (roles2)
          mergeResponsibility(r, roles2);
        else
          addFragment(r, "units", seg);
        return;
      }
      r.labels.push({ text: hit.text, field: hit.field });
      if (roles2)
        mergeResponsibility(r, roles2);
      else
        addFragment(r, hit.field, seg);
      const last = i === hits.length - 1;
      if (last)
        r.lastField = hit.field;
      if (last && (!trimSeparators(seg) || /[、，,]\s*$/.test(seg)))
        r.openField = hit.field;
    });
    return r;
  }
  if (!trimSeparators(content))
    return r.firstIsLead ? r : null;
  const roles = parseRoles(content);
  if (roles && !(bare && !looksLikeNames(roles)))
    return mergeResponsibility(r, roles);
  if (bare && (opts.bareLists || r.firstIsLead) && isUnitList(content)) {
    addFragment(r, "units", content);
    return r;
  }
  return null;
}
function isUnitList(text) {
  const t = trimSeparators(text);
  if (!t || t.length > 300 || /[。：:]/.test(t))
    return false;
  const names = splitEntities([t.replace(ET_CETERA, "")], "unit");
  return names.length > 0 && names.every((n) => n.length <= 25 && (classify(n) === "unit" || classify(n) === "collective"));
}
function openingOf(text, close) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = text[i];
    if (CLOSERS.includes(ch))
      depth++;
    else if (OPENERS.includes(ch)) {
      depth--;
      if (depth === 0)
        return i;
    }
  }
  return -1;
}
function extractTrailing(text, opts = {}) {
  let rest = text.trimEnd();
  const found2 = emptyResponsibility();
  let any = false;
  for (; ; ) {
    const tail = /[。；;.，,\s]*$/.exec(rest)[0];
    const core = rest.slice(0, rest.length - tail.length);
    if (!core || !CLOSERS.includes(core[core.length - 1]))
      break;
    const open3 = openingOf(core, core.length - 1);
    if (open3 <= 0)
      break;
    const r = parseResponsibility(core.slice(open3 + 1, -1), true, opts);
    if (!r)
      break;
    mergeResponsibility(found2, r);
    any = true;
    let keep = core.slice(0, open3).trimEnd();
    for (const remark of r.remarks)
      keep += `\uFF08${remark}\uFF09`;
    found2.remarks = [];
    if (/[。]/.test(tail) && !/[。；;！!？?]$/.test(keep))
      keep += "\u3002";
    rest = keep;
  }
  const hits = scanLabels(rest).filter((h) => h.start > 0 && h.field !== null);
  if (hits.length) {
    const r = parseResponsibility(rest.slice(hits[0].start), false);
    if (r && (hasEntities(r) || r.firstIsLead)) {
      mergeResponsibility(found2, r);
      any = true;
      rest = rest.slice(0, hits[0].start).trimEnd();
      for (const remark of found2.remarks)
        rest += `\uFF08${remark}\uFF09`;
      found2.remarks = [];
    }
  }
  return { task: rest, found: any ? found2 : null };
}
function parseLabelLine(text, othersToo = false, opts = {}) {
  const t = text.trim().replace(/^[-—–·•*＊\s]+/, "");
  if (!t)
    return null;
  const hits = scanLabels(t, true);
  if (hits.length && hits[0].start === 0 && hits.some((h) => h.field !== "other"))
    return parseResponsibility(t, false);
  if (othersToo && hits.length && hits[0].start === 0) {
    const r = emptyResponsibility();
    for (const h of hits)
      r.labels.push({ text: h.text, field: "other" });
    return r;
  }
  if (OPENERS.includes(t[0]) && CLOSERS.includes(t[t.length - 1]) && openingOf(t, t.length - 1) === 0) {
    const r = parseResponsibility(t.slice(1, -1), true, opts);
    if (r && !r.remarks.length)
      return r;
  }
  const note = FIRST_IS_LEAD_NOTE.exec(toSimplified(t));
  if (note && trimSeparators(t.replace(/[（()）]/g, "")).length <= note[0].length + 2) {
    const r = emptyResponsibility();
    r.firstIsLead = true;
    return r;
  }
  return null;
}
function continuesList(label2, line) {
  const field = label2.lastField;
  if (!field)
    return false;
  const t = line.trim();
  if (!t || /[。；;：:]/.test(t.slice(0, -1)))
    return false;
  const prev = label2.cells[field]?.at(-1) ?? "";
  const lastName = prev.split(/[、，,\s]/).pop() ?? "";
  return /[、，,]/.test(t) || lastName !== "" && classify(lastName) === "fragment";
}
function bracketDepths(text) {
  const out = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSERS.includes(ch))
      depth = Math.max(0, depth - 1);
    out.push(depth);
    if (OPENERS.includes(ch))
      depth++;
  }
  return out;
}

// dist/layouts/list/numbering.js
function chineseNumber(s) {
  if (!s)
    return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === "\u767E") {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === "\u5341") {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch in CN_DIGITS2) {
      digit = CN_DIGITS2[ch];
    } else
      return NaN;
  }
  return total + (digit < 0 ? 0 : digit);
}
function numberOf(token) {
  if (/^\d+$/.test(token))
    return Number(token);
  if (/^[\u2460-\u2473]$/.test(token))
    return token.charCodeAt(0) - 9312 + 1;
  return chineseNumber(token);
}
function readNumbering(text) {
  const trimmed = text.replace(/^[\s\u3000]+/, "");
  const folded = toSimplified(trimmed).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  for (const s of NUMBERING_STYLES) {
    const m = s.pattern.exec(folded);
    if (!m)
      continue;
    const number = numberOf(m[1]);
    if (!Number.isFinite(number))
      continue;
    const rest = trimmed.slice(m[0].length);
    if (!rest.trim())
      continue;
    return { style: s.style, level: s.level, number, marker: trimmed.slice(0, m[0].length).trim(), rest };
  }
  return null;
}

// dist/layouts/list/blocks.js
var BOLD = /^\s*(?:#+\s*|\*\*|<b>|<strong>)|(?:\*\*|<\/b>|<\/strong>)\s*$/gi;
var TERMINAL = /[。；;！!？?：:，,]$/;
var isTableLine = (text) => (text.match(/\t/g)?.length ?? 0) >= 1;
function plain(text) {
  return cleanText(text.replace(BOLD, ""));
}
function wasBold2(text) {
  return /^\s*(#+\s|\*\*|<b>|<strong>)/i.test(text) || /^【[^】]+】$/.test(text.trim());
}
var CJK_END = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—\u2460-\u2473]$/u;
var CJK_START = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—\u2460-\u2473]/u;
function itemText(b) {
  const seen = itemTexts.get(b);
  let out = seen?.text ?? "";
  for (let i = seen?.lines ?? 0; i < b.lines.length; i++) {
    const raw = i === 0 && b.numbered ? b.numbered.rest : b.lines[i].text;
    const t = stripMarkup(foldLookalikes(raw.replace(BOLD, "").replace(/\*\*/g, ""))).trim();
    if (!t)
      continue;
    out += out && !(CJK_END.test(out) && CJK_START.test(t)) ? ` ${t}` : t;
  }
  itemTexts.set(b, { lines: b.lines.length, text: out });
  return out;
}
var itemTexts = /* @__PURE__ */ new WeakMap();
function refreshItem(b, opts) {
  const { task, found: found2 } = extractTrailing(itemText(b), opts);
  b.task = task;
  b.resp = emptyResponsibility();
  if (found2)
    mergeResponsibility(b.resp, found2);
  for (const l of b.labelLines)
    mergeResponsibility(b.resp, l.resp);
  b.closed = found2 !== null || b.labelLines.length > 0;
}
function introducesPoints(b) {
  const first = b.numbered ? b.numbered.rest : b.lines[0].text;
  const texts = [first, ...b.lines.slice(1).map((l) => l.text)].map((t) => t.trim());
  return texts.some((t) => /[：:]$/.test(t));
}
var isLabelled = (b) => b.kind === "item" && hasEntities(b.resp);
function findNote(lines) {
  return lines.find((l) => FIRST_IS_LEAD_NOTE.test(toSimplified(l.text.replace(/\s+/g, ""))));
}
function toBlocks(lines) {
  const opts = { bareLists: findNote(lines) !== void 0 };
  const blocks = [];
  let item = null;
  let blankBefore = false;
  const newBlock = (kind, line, numbered = null) => ({
    kind,
    lines: [line],
    numbered,
    labelLines: [],
    task: "",
    resp: emptyResponsibility(),
    closed: false
  });
  for (const line of lines) {
    if (!line.text.trim() || isTableLine(line.text)) {
      blankBefore = true;
      continue;
    }
    const text = line.text.replace(BOLD, "");
    const label2 = parseLabelLine(text, item !== null && item.labelLines.length > 0, opts);
    if (label2 && !hasEntities(label2) && label2.labels.length === 0) {
      const b = newBlock("text", line);
      b.resp = label2;
      blocks.push(b);
      item = null;
      blankBefore = false;
      continue;
    }
    if (label2) {
      if (item) {
        item.labelLines.push({ line, resp: label2 });
        refreshItem(item, opts);
      } else {
        const b = newBlock("label", line);
        b.resp = label2;
        blocks.push(b);
      }
      blankBefore = false;
      continue;
    }
    const numbered = readNumbering(text);
    const lastLabel = item?.labelLines[item.labelLines.length - 1];
    if (!numbered && lastLabel?.resp.openField && (!blankBefore || !hasEntities(lastLabel.resp))) {
      const field = lastLabel.resp.openField;
      delete lastLabel.resp.openField;
      addFragment(lastLabel.resp, field, text);
      if (/[、，,]\s*$/.test(text))
        lastLabel.resp.openField = field;
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    if (!numbered && lastLabel?.resp.lastField && !blankBefore && !wasBold2(line.text) && continuesList(lastLabel.resp, text)) {
      addFragment(lastLabel.resp, lastLabel.resp.lastField, text);
      refreshItem(item, opts);
      continue;
    }
    if (numbered && item && !item.closed && item.labelLines.length === 0 && introducesPoints(item) && numbered.level > item.numbered.level) {
      item.lines.push(line);
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    if (numbered) {
      item = newBlock("item", line, numbered);
      refreshItem(item, opts);
      blocks.push(item);
      blankBefore = false;
      continue;
    }
    const last = item?.lines[item.lines.length - 1]?.text.trim() ?? "";
    if (item && !item.closed && (!blankBefore || !TERMINAL.test(last) && !wasBold2(line.text))) {
      item.lines.push(line);
      refreshItem(item, opts);
      blankBefore = false;
      continue;
    }
    item = null;
    blocks.push(newBlock("text", line));
    blankBefore = false;
  }
  for (const b of blocks)
    if (b.kind === "item")
      b.task = cleanText(b.task);
  return blocks;
}

// dist/layouts/list/notes.js
function locate(line) {
  return { line: line.line, ...line.page ? { page: line.page } : {} };
}
function applyFirstIsLead(records, note, noteLine, table, documentText) {
  const restAreCo = REST_ARE_CO_NOTE.test(toSimplified(noteLine.text.replace(/\s+/g, "")));
  let moved = 0;
  for (const r of records)
    if (moveFirstToLead(r, documentText, restAreCo ? "coUnits" : "units"))
      moved++;
  return {
    level: "info",
    code: "LIST_FIRST_IS_LEAD",
    message: `\u6587\u4EF6\u6CE8\u660E\u201C${note}\u201D\uFF1A\u5DF2\u628A ${moved} \u9879\u4EFB\u52A1\u540D\u5355\u4E2D\u5217\u7B2C\u4E00\u4F4D\u7684\u5355\u4F4D\u4F5C\u4E3A\u7275\u5934\u5355\u4F4D\uFF08leadUnits\uFF09\uFF0C\u5176\u4F59\u5355\u4F4D${restAreCo ? "\u6309\u6587\u4EF6\u6240\u6CE8\u4F5C\u4E3A\u914D\u5408\u5355\u4F4D\uFF08coUnits\uFF09" : "\u4FDD\u7559\u4E3A\u8D23\u4EFB\u5355\u4F4D"}\u3002`,
    table,
    ...locate(noteLine)
  };
}
function moveFirstToLead(rec, documentText, rest) {
  if (rec.cells.leadUnits?.length || !rec.cells.units?.length)
    return false;
  const names = splitEntities(rec.cells.units, "unit", { documentText });
  if (!names.length)
    return false;
  rec.cells.leadUnits = [names[0]];
  rec.cells.units = [];
  if (rest === "coUnits")
    rec.cells.coUnits = [...names.slice(1), ...splitEntities(rec.cells.coUnits ?? [], "unit", { documentText })];
  else
    rec.cells.units = names.slice(1);
  rec.presplit = [...rec.presplit ?? [], "leadUnits", "units", "coUnits"];
  return true;
}
function roleNoteOf(name) {
  const folded = toSimplified(name);
  for (const n of ROLE_NOTES) {
    const m = n.pattern.exec(folded);
    if (m && m.index + m[0].length === folded.length && m.index > 0)
      return { field: n.field, note: name.slice(m.index) };
  }
  return null;
}
function applyRoleNotes(rec, documentText) {
  const unitFields = ["leadUnits", "units", "coUnits"];
  if (!unitFields.some((f) => (rec.cells[f] ?? []).some((frag) => ROLE_NOTES.some((n) => n.pattern.test(toSimplified(frag))))))
    return [];
  const out = {};
  const seen = [];
  for (const f of unitFields) {
    for (const name of splitEntities(rec.cells[f] ?? [], "unit", { documentText })) {
      const role = roleNoteOf(name);
      if (role)
        seen.push(role);
      (out[role?.field ?? f] ??= []).push(role ? name.slice(0, name.length - role.note.length) : name);
    }
  }
  for (const f of unitFields)
    rec.cells[f] = out[f] ?? [];
  rec.presplit = [.../* @__PURE__ */ new Set([...rec.presplit ?? [], ...unitFields])];
  return seen;
}

// dist/layouts/list/flattened.js
var PIPE_END = /\s*[|｜]\s*$/;
var SEQ_CELL = /^\d{1,4}[.、．]?$/;
var RESPONSIBILITY = /* @__PURE__ */ new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
var isHeaderCell = (c) => c.text.length > 0 && c.text.length <= 12 && mapHeader(c.text) !== "other";
function toCells(lines, piped) {
  const cells = [];
  let open3 = null;
  for (const l of lines) {
    if (!l.text.trim() || /\t/.test(l.text)) {
      if (open3)
        cells.push(open3);
      open3 = null;
      continue;
    }
    const ends = PIPE_END.test(l.text);
    const text = cleanText(l.text.replace(PIPE_END, ""));
    if (piped) {
      if (open3 && ends && isHeaderCell({ text })) {
        cells.push(open3);
        open3 = null;
      }
      if (open3) {
        open3.text = `${open3.text} ${text}`.trim();
        if (text)
          open3.lines.push(text);
      } else
        open3 = { text, lines: text ? [text] : [], line: l.line, ...l.page ? { page: l.page } : {} };
      if (ends) {
        cells.push(open3);
        open3 = null;
      }
    } else
      cells.push({ text, lines: [text], line: l.line, ...l.page ? { page: l.page } : {} });
  }
  if (open3)
    cells.push(open3);
  return cells;
}
function findHeader(cells) {
  for (let i = 0; i < cells.length; i++) {
    let j = i;
    while (j < cells.length && isHeaderCell(cells[j]))
      j++;
    const fields = cells.slice(i, j).map((c) => mapHeader(c.text));
    if (j - i >= LIST_SETTINGS.minFlatHeaderCells && fields.includes("task") && fields.some((f) => RESPONSIBILITY.has(f))) {
      return { start: i, count: j - i };
    }
    i = Math.max(i, j);
  }
  return null;
}
function findFlattenedTable(lines) {
  const nonBlank = lines.filter((l) => l.text.trim());
  const piped = nonBlank.filter((l) => PIPE_END.test(l.text) && !/^\s*\|/.test(l.text)).length >= Math.max(LIST_SETTINGS.minFlatHeaderCells, nonBlank.length * 0.3);
  const cells = toCells(lines, piped);
  const header = findHeader(cells);
  if (!header)
    return null;
  const width = header.count;
  const headerCells = cells.slice(header.start, header.start + width);
  const headerTexts = headerCells.map((c) => c.text);
  const seqFirst = mapHeader(headerTexts[0]) === "seq";
  const rows = [];
  const above = cells[header.start - 1];
  const title = above?.lines[above.lines.length - 1];
  if (above && title && LIST_TITLE.test(toSimplified(title)) && title.length <= 80)
    rows.push({ cells: [{ lines: [title] }], line: above.line });
  rows.push({ cells: headerTexts.map((t) => ({ lines: [t] })), line: headerCells[0].line });
  const consumed = /* @__PURE__ */ new Set();
  const mark = (from, to) => {
    for (let n = from; n <= to; n++)
      consumed.add(n);
  };
  mark(headerCells[0].line, headerCells[width - 1].line);
  let i = header.start + width;
  let lastSeq = 0;
  while (i < cells.length) {
    const c = cells[i];
    if (c.text === headerTexts[0] && cells.slice(i, i + width).every((x, k) => x.text === headerTexts[k])) {
      mark(c.line, cells[i + width - 1].line);
      i += width;
      continue;
    }
    if (seqFirst && SEQ_CELL.test(c.text)) {
      const row = [c];
      let k = i + 1;
      const seq = parseInt(c.text, 10);
      while (row.length < width && k < cells.length && !(!piped && SEQ_CELL.test(cells[k].text) && parseInt(cells[k].text, 10) === seq + 1)) {
        row.push(cells[k]);
        k++;
      }
      rows.push({ cells: row.map((x) => ({ lines: x.lines })), line: c.line, ...c.page ? { page: c.page } : {} });
      mark(c.line, row[row.length - 1].line);
      lastSeq = seq;
      i = k;
      continue;
    }
    if (c.text && headingLevel(c.text) !== null && c.text.length <= LIST_SETTINGS.maxHeadingChars) {
      rows.push({ cells: [{ lines: [c.text] }], line: c.line, ...c.page ? { page: c.page } : {} });
      mark(c.line, c.line);
      i++;
      continue;
    }
    if (!c.text && piped) {
      mark(c.line, c.line);
      i++;
      continue;
    }
    break;
  }
  if (lastSeq === 0)
    return null;
  return { piped, rows, consumed: [...consumed] };
}

// dist/layouts/list/region.js
function isHeadingText(b) {
  const t = plain(b.lines.map((l) => l.text).join(""));
  if (!t || ATTACHMENT_MARK.test(t))
    return false;
  if (wasBold2(b.lines[0].text))
    return t.length <= LIST_SETTINGS.maxHeadingChars * 2;
  return t.length <= LIST_SETTINGS.maxHeadingChars && !TERMINAL.test(t) && !/[。；;]/.test(t);
}
function isTitle(b) {
  const t = plain(b.lines.map((l) => l.text).join(""));
  return b.kind === "text" && t.length <= 80 && LIST_TITLE.test(toSimplified(t)) && !/^附件[：:]/.test(t) && !/[，,。；;：:]/.test(t) && !NOTICE_TITLE.test(toSimplified(t));
}
function isHeadingItem(b) {
  const t = plain(b.task).replace(/[。；;]$/, "");
  return t.length <= LIST_SETTINGS.maxHeadingChars * 2 && !/[。；;！？]/.test(t);
}
function headingText(b) {
  return plain(b.lines.map((l) => l.text).join(" ")).replace(/[：:]$/, "");
}
function findRegion(blocks, taskStyles) {
  const first = blocks.findIndex(isLabelled);
  if (first < 0)
    return null;
  let last = blocks.length - 1;
  while (last > first && !isLabelled(blocks[last]))
    last--;
  while (last + 1 < blocks.length && blocks[last + 1].kind === "item" && taskStyles.has(blocks[last + 1].numbered.style))
    last++;
  for (let i = first - 1; i >= 0; i--) {
    if (isTitle(blocks[i]))
      return { start: i + 1, end: last, title: headingText(blocks[i]) };
  }
  let start = first;
  while (start > 0) {
    const b = blocks[start - 1];
    const heading = b.kind === "item" && !taskStyles.has(b.numbered.style) && plain(b.task).length <= LIST_SETTINGS.maxHeadingChars && isHeadingItem(b) || b.kind === "text" && isHeadingText(b) && !ATTACHMENT_MARK.test(plain(b.lines[0].text));
    if (!heading)
      break;
    start--;
  }
  return { start, end: last, title: null };
}
function splitAtTitles(blocks, taskStyles, firstTitle) {
  const parts = [{ blocks: [], title: firstTitle }];
  for (const b of blocks) {
    const current = parts[parts.length - 1];
    const hasTask = current.blocks.some((x) => x.kind === "item" && taskStyles.has(x.numbered.style));
    if (hasTask && isTitle(b)) {
      parts.push({ blocks: [b], title: headingText(b) });
      continue;
    }
    current.blocks.push(b);
  }
  return parts;
}

// dist/layouts/list.js
function locate2(line) {
  return { line: line.line, ...line.page ? { page: line.page } : {} };
}
function listToRecords(lines, tableIndex, documentText) {
  const blocks = toBlocks(lines);
  const taskStyles = new Set(blocks.filter(isLabelled).map((b) => b.numbered.style));
  const labelled = blocks.filter(isLabelled).length;
  const region = labelled >= LIST_SETTINGS.minLabelledItems ? findRegion(blocks, taskStyles) : null;
  if (!region)
    return { tables: [], records: [], diagnostics: [], consumed: [] };
  const noteLine = findNote(lines);
  const note = noteLine ? FIRST_IS_LEAD_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")))[0] : null;
  const out = { tables: [], records: [], diagnostics: [], consumed: [] };
  for (const part of splitAtTitles(blocks.slice(region.start, region.end + 1), taskStyles, region.title)) {
    const table = tableIndex + out.tables.length;
    const read = readRegion(part.blocks, taskStyles, table);
    out.consumed.push(...read.consumed);
    if (!read.records.length)
      continue;
    const headers = tableHeaders(part.blocks);
    if (noteLine && note) {
      if (!headers.some((h) => h.text === note))
        headers.push({ text: note, field: "leadUnits" });
      const rest = REST_ARE_CO_NOTE.exec(toSimplified(noteLine.text.replace(/\s+/g, "")));
      if (rest && !headers.some((h) => h.text === rest[0]))
        headers.push({ text: rest[0], field: "coUnits" });
      read.diagnostics.push(applyFirstIsLead(read.records, note, noteLine, table, documentText));
    }
    for (const r of read.records) {
      for (const { note: note2, field } of applyRoleNotes(r, documentText)) {
        if (!headers.some((h) => h.text === note2 && h.field === field))
          headers.push({ text: note2, field });
      }
    }
    renumberIfRestarted(read.records, read.diagnostics, table);
    read.records.forEach((r, i) => read.diagnostics.push(...etCeteraDiagnostics(r, read.etCetera[i])));
    out.tables.push({ index: table, title: part.title, headers, columns: headers.map((h) => h.field), layout: "list", paragraphs: true });
    out.records.push(...read.records);
    out.diagnostics.push(...read.diagnostics);
  }
  return out;
}
function readRegion(blocks, taskStyles, table) {
  const records = [];
  const etCetera = [];
  const consumed = [];
  const diagnostics = [];
  const section = new SectionPath();
  let unnumberedOnTop = null;
  let lastNumberedLevel = 0;
  let started = false;
  const taskLevel = Math.min(...blocks.filter((b) => b.kind === "item" && taskStyles.has(b.numbered.style)).map((b) => b.numbered.level));
  for (const b of blocks) {
    for (const l of [...b.lines, ...b.labelLines.map((x) => x.line)])
      consumed.push(l.line);
    const last = records[records.length - 1];
    if (b.kind === "item" && taskStyles.has(b.numbered.style)) {
      records.push(toRecord(b, table, section.current));
      etCetera.push(b.resp.etCetera);
    } else if (b.kind === "item" && last && b.numbered.level > taskLevel) {
      last.task[last.task.length - 1] += plain(b.lines.map((l) => l.text).join(" "));
    } else if (b.kind === "item" && isHeadingItem(b)) {
      section.push(headingText(b), b.numbered.level);
      lastNumberedLevel = b.numbered.level;
      unnumberedOnTop ??= false;
    } else if (b.kind === "text" && (b.resp.firstIsLead || ATTACHMENT_MARK.test(plain(b.lines[0].text)) || !started && isTitle(b))) {
      continue;
    } else if (b.kind === "text" && isHeadingText(b)) {
      unnumberedOnTop ??= true;
      section.push(headingText(b), unnumberedOnTop ? 0 : lastNumberedLevel + 1);
    } else if (b.kind === "label") {
      diagnostics.push({
        level: "warning",
        code: "LIST_LABEL_WITHOUT_TASK",
        message: `\u8FD9\u4E00\u884C\u8D23\u4EFB\u6807\u6CE8\u524D\u9762\u6CA1\u6709\u7F16\u53F7\u7684\u4EFB\u52A1\uFF0C\u672A\u5F52\u5165\u4EFB\u4F55\u4EFB\u52A1\uFF1A\u201C${plain(b.lines[0].text).slice(0, 40)}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        table,
        ...locate2(b.lines[0])
      });
      continue;
    } else {
      if (started) {
        diagnostics.push({
          level: "warning",
          code: "UNPLACED_TEXT",
          message: `\u4EFB\u52A1\u6E05\u5355\u4E2D\u6709\u4E00\u6BB5\u6587\u5B57\u65E0\u6CD5\u5F52\u5165\u4EFB\u4F55\u4EFB\u52A1\uFF0C\u5DF2\u5FFD\u7565\uFF1A\u201C${plain(b.lines.map((l) => l.text).join("")).slice(0, 40)}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
          table,
          ...locate2(b.lines[0])
        });
      }
      continue;
    }
    started = true;
  }
  return { records, etCetera, consumed, diagnostics };
}
function tableHeaders(blocks) {
  const headers = [];
  for (const b of blocks) {
    for (const l of b.resp.labels) {
      const text = cleanText(l.text);
      if (!headers.some((h) => h.text === text && h.field === l.field))
        headers.push({ text, field: l.field });
    }
  }
  return headers;
}
function toRecord(b, table, section) {
  const cells = {};
  for (const [f, frags] of Object.entries(b.resp.cells))
    if (frags.length)
      cells[f] = [...frags];
  return { table, seq: b.numbered.number, section, task: [b.task], cells, source: locate2(b.lines[0]) };
}
function etCeteraDiagnostics(rec, lists) {
  return lists.map((list) => ({
    level: "info",
    code: "LIST_ET_CETERA",
    message: `\u7B2C ${rec.seq} \u9879\u7684\u540D\u5355\u4EE5\u201C\u7B49\u201D\u7ED3\u5C3E\uFF08\u201C${list}\u201D\uFF09\uFF0C\u5DF2\u53BB\u6389\u201C\u7B49\u201D\u5B57\uFF1B\u540D\u5355\u53EF\u80FD\u4E0D\u5B8C\u6574\uFF0C\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
    table: rec.table,
    seq: rec.seq,
    ...rec.source
  }));
}
function renumberIfRestarted(records, diagnostics, table) {
  const restarts = records.some((r, i) => i > 0 && r.seq <= records[i - 1].seq);
  if (!restarts)
    return;
  records.forEach((r, i) => r.seq = i + 1);
  diagnostics.push({
    level: "info",
    code: "LIST_SEQ_RENUMBERED",
    message: `\u4EFB\u52A1\u7F16\u53F7\u5728\u5404\u6807\u9898\u4E0B\u91CD\u65B0\u4ECE\u5934\u7F16\u8D77\uFF0C\u5DF2\u6309\u51FA\u73B0\u987A\u5E8F\u7EDF\u4E00\u7F16\u4E3A 1\u2013${records.length}\uFF08seq\uFF09\uFF1B\u539F\u7F16\u53F7\u89C1\u4EFB\u52A1\u6240\u5728\u884C\u3002`,
    table
  });
}
function documentTextOf(doc) {
  return doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
}
function rebuildList(doc) {
  const flat = findFlattenedTable(doc.lines);
  const flatLines = new Set(flat?.consumed ?? []);
  const rest = doc.lines.map((l) => flatLines.has(l.line) ? { ...l, text: "" } : l);
  const flatResult = flat ? gridToRecords(flat.rows, { layout: "list" }) : null;
  const listResult = listToRecords(rest, 0, documentTextOf(doc));
  const parts = [flatResult, listResult].filter((r) => r !== null && r.records.length > 0);
  return { ...mergeResults(parts), consumed: [...flatLines, ...listResult.consumed] };
}
function detectList(doc) {
  const flat = findFlattenedTable(doc.lines);
  if (flat?.piped)
    return LIST_SETTINGS.detectScore;
  if (toBlocks(doc.lines).filter(isLabelled).length >= LIST_SETTINGS.minLabelledItems)
    return LIST_SETTINGS.detectScore;
  return flat ? LIST_SETTINGS.unmarkedFlatScore : 0;
}
var listLayout = {
  name: "list",
  complements: true,
  maxScore: Math.max(LIST_SETTINGS.detectScore, LIST_SETTINGS.unmarkedFlatScore),
  detect: detectList,
  rebuild: rebuildList
};

// dist/layouts/tsv.js
var PIPE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
var PIPE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;
function detectTextGrid(lines) {
  let tabs = 0;
  let pipes = 0;
  let commas = 0;
  const delimited = lines.some((l) => PIPE_DELIMITER_ROW.test(l.text));
  for (const l of lines) {
    if ((l.text.match(/\t/g)?.length ?? 0) >= 2)
      tabs++;
    if (/^\s*\|.*\|.*\|\s*$/.test(l.text) || delimited && (l.text.match(/\|/g)?.length ?? 0) >= 2)
      pipes++;
    if ((l.text.match(/,/g)?.length ?? 0) >= 2)
      commas++;
  }
  if (tabs >= 3 && tabs >= pipes)
    return "tsv";
  if (pipes >= 3)
    return "markdown";
  if (commas >= 3) {
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].text.includes(","))
        continue;
      if (isHeaderRow(splitDelimitedRow(lines, i, ",").fields.map((f) => f.replace(/\n/g, ""))))
        return "csv";
    }
  }
  return null;
}
var MD_BOLD = /^(\*\*|__)(.+)\1$/;
function splitCell(text, kind) {
  const t = text.trim();
  const m = kind === "markdown" ? MD_BOLD.exec(t) : null;
  const body = m ? `<b>${m[2].trim()}</b>` : t;
  return body.split(/<br\s*\/?>/i).map((s) => s.trim());
}
var MAX_QUOTED_CELL_LINES = 40;
function splitDelimitedRow(lines, start, sep3) {
  const first = lines[start].text;
  if (!first.includes('"'))
    return { fields: first.split(sep3), used: 1 };
  const quoted = new RegExp(`^"((?:[^"]|"")*)"(?=${sep3 === "	" ? "\\t" : ","}|\\n|$)`);
  const span = lines.slice(start, start + MAX_QUOTED_CELL_LINES).map((l) => l.text).join("\n");
  const fields = [];
  let i = 0;
  for (; ; ) {
    const rest = span.slice(i);
    const q = rest.startsWith('"') ? quoted.exec(rest) : null;
    let value;
    if (q) {
      value = q[1].replace(/""/g, '"');
      i += q[0].length;
    } else {
      const end = rest.search(sep3 === "	" ? /[\t\n]/ : /[,\n]/);
      value = end < 0 ? rest : rest.slice(0, end);
      i += value.length;
    }
    fields.push(value);
    if (span[i] === sep3) {
      i++;
      continue;
    }
    break;
  }
  const used = (span.slice(0, i).match(/\n/g)?.length ?? 0) + 1;
  return { fields, used };
}
function textToGrid(lines, kind) {
  const rows = [];
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    if (!l.text.trim())
      continue;
    let cells;
    if (kind === "tsv" || kind === "csv") {
      const row = splitDelimitedRow(lines, n, kind === "tsv" ? "	" : ",");
      n += row.used - 1;
      rows.push({
        cells: row.fields.map((c) => ({ lines: c.split("\n").flatMap((x) => splitCell(x, kind)) })),
        line: l.line,
        ...l.page ? { page: l.page } : {}
      });
      continue;
    } else {
      if (PIPE_RULE.test(l.text))
        continue;
      const t = l.text.trim();
      const inner = t.replace(/^\|/, "").replace(/\|$/, "");
      cells = t.includes("|") ? inner.split("|") : [t];
    }
    rows.push({
      cells: cells.map((c) => ({ lines: splitCell(c, kind) })),
      line: l.line,
      ...l.page ? { page: l.page } : {}
    });
  }
  return rows;
}

// dist/layouts/flat/settings.js
var FLAT_DEFAULTS = {
  headingFragmentMaxChars: 8,
  headingLineMaxChars: 30,
  entityMaxChars: 24,
  maxSeqGap: 5,
  countWeight: 1,
  roleWeight: 2
};

// dist/layouts/flat/fragments.js
var CN_NUM2 = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u96F6\u3007\u4E24";
var LEVEL_MARKERS = [
  { level: 1, pattern: new RegExp(`^[${CN_NUM2}]+[\u3001.\uFF0E]`) },
  { level: 2, pattern: new RegExp(`^[\uFF08(][${CN_NUM2}]+[\uFF09)]`) }
];
var ENTITY_TOKEN = /^[\p{Script=Han}（）()、]+$/u;
var SINGLE_HAN = /^\p{Script=Han}$/u;
var ASCII_ALNUM = /[0-9A-Za-z]/;
function norm(text) {
  return stripMarkup(foldLookalikes(text)).trim();
}
function isPageNumber(text) {
  const t = norm(text);
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(t)) || PAGE_FURNITURE_PATTERNS.some((p) => p.test(t));
}
function isSeparator(text) {
  const t = norm(text);
  return t.length > 0 && SEPARATOR_LINE.test(t);
}
function isTableEnd(text) {
  const t = norm(text);
  return TABLE_END_PATTERNS.some((p) => p.test(t));
}
function parseSeqLine(text) {
  const t = norm(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  const m = /^(\d{1,4})[.、．]?(?:[ \t\u3000]+(.*))?$/.exec(t);
  if (!m)
    return null;
  return { seq: Number(m[1]), rest: (m[2] ?? "").trim() };
}
function markerLevel(text) {
  const t = norm(text);
  for (const { level, pattern } of LEVEL_MARKERS)
    if (pattern.test(t))
      return level;
  return null;
}
function hasProsePunctuation(text) {
  return PROSE_PUNCTUATION.test(text);
}
function isHeadingStart(text, s = FLAT_DEFAULTS) {
  const t = norm(text).replace(/\s+/g, "");
  return markerLevel(t) !== null && t.length <= s.headingLineMaxChars && !/[，,。；;！!？?：:]/.test(t);
}
function isHeadingRow(text, s = FLAT_DEFAULTS) {
  const t = norm(text).replace(/\s+/g, "");
  return markerLevel(t) !== null && t.length <= s.headingLineMaxChars && !/[。；;！!？?]/.test(t);
}
function isHeadingFragment(text, s = FLAT_DEFAULTS) {
  const t = norm(text).replace(/\s+/g, "");
  return t.length > 0 && t.length <= s.headingFragmentMaxChars && !/[，,。；;！!？?：:]/.test(t);
}
function isProse(text, s = FLAT_DEFAULTS) {
  const t = norm(text);
  if (!t)
    return false;
  if (hasProsePunctuation(t) || ASCII_ALNUM.test(t))
    return true;
  return t.split(/\s+/).some((tok) => tok.length > s.entityMaxChars);
}
function endsSentence(text) {
  return SENTENCE_END.test(norm(text).replace(TRAILING_CLOSERS, "")) || SENTENCE_END.test(norm(text));
}
function isEntityToken(tok, s = FLAT_DEFAULTS) {
  return ENTITY_TOKEN.test(tok) && tok.length <= s.entityMaxChars;
}
function entityTokens(text) {
  const raw = norm(text).split(/\s+/).filter(Boolean);
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i];
    const next = raw[i + 1];
    if (SINGLE_HAN.test(tok) && next !== void 0 && SINGLE_HAN.test(next)) {
      out.push(tok + next);
      i++;
    } else
      out.push(tok);
  }
  return out;
}
function tokenKind(name) {
  const c = cleanName(name);
  if (isBareTail(c))
    return "fragment";
  const k = classify(c);
  if (k === "person" || k === "role")
    return "person";
  if (k === "unit" || k === "collective")
    return "unit";
  return "fragment";
}
function peelInlineTail(text, s = FLAT_DEFAULTS) {
  const t = norm(text);
  const parts = t.split(/[ \t\u3000]+/);
  if (parts.length < 2)
    return { task: t, tail: [] };
  let cut = parts.length;
  while (cut > 1) {
    const tok = parts[cut - 1];
    if (SINGLE_HAN.test(tok) && cut > 2 && SINGLE_HAN.test(parts[cut - 2])) {
      if (tokenKind(parts[cut - 2] + tok) !== "person")
        break;
      cut -= 2;
      continue;
    }
    if (!isEntityToken(tok, s) || tokenKind(tok) === "fragment")
      break;
    cut--;
  }
  if (cut === parts.length)
    return { task: t, tail: [] };
  const task = parts.slice(0, cut).join(" ");
  const tail = entityTokens(parts.slice(cut).join(" "));
  const kinds = tail.map(tokenKind);
  const structured = kinds.includes("unit") && kinds.includes("person");
  if (!endsSentence(task) && !structured)
    return { task: t, tail: [] };
  return { task, tail };
}

// dist/layouts/flat/columns.js
var FIELD_KIND = {
  leadUnits: "unit",
  units: "unit",
  coUnits: "unit",
  leaders: "person",
  supervisors: "person"
};
var ENTITY_FIELDS2 = /* @__PURE__ */ new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
function columnBlocks(columns) {
  const blocks = [];
  for (const c of columns) {
    if (!ENTITY_FIELDS2.has(c))
      continue;
    const f = c;
    const last = blocks[blocks.length - 1];
    if (last && last.kind === FIELD_KIND[f])
      last.fields.push(f);
    else
      blocks.push({ kind: FIELD_KIND[f], fields: [f] });
  }
  return blocks;
}
function toEntities(tokens, opts = {}) {
  const joined = joinFragments(tokens.map((t) => t.text), "any", opts);
  const entities = [];
  const joinedByDocument = [];
  let ti = 0;
  joined.forEach((j, group) => {
    const line = tokens[ti]?.line ?? 0;
    let acc = "";
    const pieces = [];
    while (ti < tokens.length && acc !== j) {
      pieces.push(tokens[ti].text);
      acc += tokens[ti++].text;
    }
    if (pieces.length > 1 && pieces.every((p) => tokenKind(p) !== "fragment"))
      joinedByDocument.push({ name: cleanName(j), line });
    for (const e of splitEnumeration(j)) {
      for (const g of splitGlued(e)) {
        const name = cleanName(g).replace(/^、+|、+$/g, "");
        if (!name)
          continue;
        const k = tokenKind(name);
        entities.push({ name, kind: k === "fragment" ? "unit" : k, line, group, ...k === "fragment" ? { guessed: true } : {} });
      }
    }
  });
  entities.forEach((e, i) => {
    if (!e.guessed)
      return;
    const prev = entities.slice(0, i).reverse().find((x) => !x.guessed);
    const next = entities.slice(i + 1).find((x) => !x.guessed);
    e.kind = prev?.kind ?? next?.kind ?? "unit";
  });
  return { entities, unsure: entities.filter((e) => e.guessed), joinedByDocument };
}
function assignBlocks(entities, blocks) {
  const perBlock = blocks.map(() => []);
  const outOfOrder = [];
  let bi = 0;
  let lastBlock = -1;
  let prevKind = null;
  for (const e of entities) {
    if (e.kind !== prevKind || lastBlock < 0) {
      let b = bi;
      while (b < blocks.length && blocks[b].kind !== e.kind)
        b++;
      if (b < blocks.length) {
        lastBlock = b;
        bi = b + 1;
      } else {
        const same = blocks.map((x, k) => x.kind === e.kind ? k : -1).filter((k) => k >= 0);
        lastBlock = same.length ? same[same.length - 1] : blocks.length - 1;
        outOfOrder.push(e);
      }
      prevKind = e.kind;
    }
    if (lastBlock >= 0)
      perBlock[lastBlock].push(e);
  }
  return { perBlock, outOfOrder };
}
function roleSubject(role) {
  if (!isRole(role))
    return null;
  const ending = [...ROLE_ENDINGS].sort((a, b) => b.length - a.length).find((e) => role.endsWith(e));
  return ending ? role.slice(0, -ending.length) : null;
}
function mergeUnitsNamedByRoles(units, people) {
  let out = [...units];
  const merged = [];
  for (const p of people) {
    const subject = roleSubject(p.name);
    if (!subject)
      continue;
    search: for (let i = 0; i < out.length; i++) {
      let acc = out[i].name;
      for (let j = i + 1; j < out.length && acc.length < subject.length; j++) {
        acc += out[j].name;
        if (acc === subject) {
          out = [...out.slice(0, i), { ...out[i], name: acc, guessed: false }, ...out.slice(j + 1)];
          merged.push(acc);
          break search;
        }
      }
    }
  }
  return { units: out, merged };
}
function mergeUnitsByCount(units, leaders) {
  if (units.length !== leaders + 1)
    return { units: [...units], merged: null };
  const candidates = [];
  for (let i2 = 0; i2 + 1 < units.length; i2++) {
    if (units[i2].line !== units[i2 + 1].line && unitEnding(units[i2].name)?.strength === "weak" && !isCollective(units[i2 + 1].name))
      candidates.push(i2);
  }
  if (candidates.length !== 1)
    return { units: [...units], merged: null };
  const i = candidates[0];
  const name = units[i].name + units[i + 1].name;
  return { units: [...units.slice(0, i), { ...units[i], name }, ...units.slice(i + 2)], merged: name };
}
function defaultVotes(people, target) {
  const votes = /* @__PURE__ */ new Map();
  if (target > people.length)
    return votes;
  people.forEach((p, i) => {
    const v = votes.get(p.name) ?? [0, 0];
    v[i < target ? 0 : 1]++;
    votes.set(p.name, v);
  });
  return votes;
}
function countVotes(samples) {
  const votes = /* @__PURE__ */ new Map();
  for (const { people, target } of samples) {
    for (const [name, [a, b]] of defaultVotes(people, target)) {
      const v = votes.get(name) ?? [0, 0];
      v[0] += a;
      v[1] += b;
      votes.set(name, v);
    }
  }
  return votes;
}
function learnedFor(votes, people, target, fields) {
  const own = target === null ? /* @__PURE__ */ new Map() : defaultVotes(people, target);
  const learned = /* @__PURE__ */ new Map();
  for (const p of people) {
    const [a, b] = votes.get(p.name) ?? [0, 0];
    const [oa, ob] = own.get(p.name) ?? [0, 0];
    if (a - oa > b - ob)
      learned.set(p.name, fields[0]);
    else if (b - ob > a - oa)
      learned.set(p.name, fields[1]);
  }
  return learned;
}
function chooseSplit(people, target, learned, fields, s = FLAT_DEFAULTS) {
  let best = { k: Math.min(target ?? 0, people.length), cost: Infinity, dist: Infinity };
  for (let k = 0; k <= people.length; k++) {
    const dist = target === null ? 0 : Math.abs(k - target);
    let misplaced = 0;
    people.forEach((p, i) => {
      const side = learned.get(p.name);
      if (side && side !== fields[i < k ? 0 : 1])
        misplaced++;
    });
    const cost = s.countWeight * dist + s.roleWeight * misplaced;
    if (cost < best.cost || cost === best.cost && dist < best.dist)
      best = { k, cost, dist };
  }
  return { k: best.k, cost: best.cost };
}
function splitUnitBlock(units, fields) {
  if (fields.length === 1)
    return { parts: [[...units]], guessed: false };
  const firstGroup = units[0]?.group;
  const head = units.filter((u) => u.group === firstGroup);
  const rest = units.filter((u) => u.group !== firstGroup);
  const parts = fields.map(() => []);
  parts[0] = head;
  parts[1] = rest;
  const sameLine = rest.length > 0 && rest[0].line === head[head.length - 1].line;
  return { parts, guessed: rest.length > 0 && !sameLine };
}

// dist/layouts/flat/anatomy.js
function readHeadings(lines, i, s, allowUnmarked, amidNames = false) {
  const groups = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (isHeadingStart(l.text, s)) {
      groups.push({ level: markerLevel(l.text), fragments: [cleanText(l.text)], line: l.line });
      continue;
    }
    if (!isHeadingFragment(l.text, s) || !groups.length && isProse(l.text, s))
      break;
    if (amidNames && tokenKind(l.text.replace(/\s+/g, "")) !== "fragment")
      break;
    if (groups.length)
      groups[groups.length - 1].fragments.push(cleanText(l.text));
    else if (allowUnmarked)
      groups.push({ level: 1, fragments: [cleanText(l.text)], line: l.line });
    else
      break;
  }
  return { groups, next: j };
}
function unmarkedHeadingAhead(lines, s) {
  let j = 0;
  while (j < lines.length && isHeadingFragment(lines[j].text, s) && !isProse(lines[j].text, s))
    j++;
  return j > 0 && j < lines.length && isProse(lines[j].text, s);
}
function rowParts(block, table, hasSectionColumn, s = FLAT_DEFAULTS) {
  const lines = block.lines;
  const diagnostics = [];
  const at2 = (line) => ({ table, seq: block.seq, line });
  let i = 0;
  const lead = readHeadings(lines, 0, s, hasSectionColumn && unmarkedHeadingAhead(lines, s));
  const headings = lead.groups;
  i = lead.next;
  const task = [];
  const names = [];
  const trailingHeadings = [];
  const pushNames = (text, line) => entityTokens(text).forEach((t, col) => names.push({ text: t, line, col }));
  if (i >= lines.length && headings.length) {
    const g = headings[headings.length - 1];
    task.push(g.fragments.pop());
    if (!g.fragments.length)
      headings.pop();
    diagnostics.push({ level: "warning", code: "FLAT_TASK_GUESSED", message: `\u7B2C ${block.seq} \u9879\u627E\u4E0D\u5230\u4EFB\u52A1\u6B63\u6587\uFF0C\u5DF2\u628A\u6700\u540E\u4E00\u4E2A\u77ED\u53E5\u5F53\u4F5C\u4EFB\u52A1\uFF1A\u201C${task[0]}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, ...at2(block.line) });
  }
  let taskDone = false;
  for (; i < lines.length && !taskDone; i++) {
    const l = lines[i];
    if (task.length && l.afterBreak && isHeadingStart(l.text, s)) {
      const rep = readHeadings(lines, i, s, false);
      headings.push(...rep.groups);
      i = rep.next - 1;
      continue;
    }
    if (task.length && !isProse(l.text, s))
      break;
    const peeled = peelInlineTail(l.text, s);
    task.push(peeled.task);
    if (peeled.tail.length) {
      peeled.tail.forEach((t, col) => names.push({ text: t, line: l.line, col: col + 1 }));
      taskDone = true;
    }
  }
  if (!task.length) {
    diagnostics.push({ level: "warning", code: "FLAT_NO_TASK", message: `\u7B2C ${block.seq} \u9879\u6CA1\u6709\u4EFB\u52A1\u6B63\u6587\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, ...at2(block.line) });
  } else if (!endsSentence(task[task.length - 1])) {
    diagnostics.push({
      level: "info",
      code: "FLAT_TASK_UNTERMINATED",
      message: `\u7B2C ${block.seq} \u9879\u4EFB\u52A1\u6B63\u6587\u672A\u4EE5\u53E5\u53F7\u7ED3\u5C3E\uFF0C\u5DF2\u5728\u4E0B\u4E00\u884C\u7684\u5355\u4F4D\u540D\u79F0\u524D\u622A\u6B62\uFF1A\u201C${task[task.length - 1].slice(-20)}\u201D\u3002\u8BF7\u6838\u5BF9\u4EFB\u52A1\u662F\u5426\u5B8C\u6574\u3002`,
      ...at2(block.line)
    });
  }
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (isHeadingStart(l.text, s) && tokenKind(l.text) === "fragment") {
      const rep = readHeadings(lines, i, s, false, true);
      i = rep.next - 1;
      if (rep.next < lines.length)
        headings.push(...rep.groups);
      else
        trailingHeadings.push(...rep.groups);
      continue;
    }
    if (isHeadingRow(l.text, s) && !isHeadingStart(l.text, s)) {
      trailingHeadings.push({ level: markerLevel(l.text), fragments: [cleanText(l.text)], line: l.line });
      continue;
    }
    if (isProse(l.text, s)) {
      diagnostics.push({
        level: "warning",
        code: "FLAT_STRAY_PROSE",
        message: `\u7B2C ${block.seq} \u9879\u7684\u5355\u4F4D\u3001\u9886\u5BFC\u540D\u5355\u4E2D\u51FA\u73B0\u4E86\u4E00\u884C\u6B63\u6587\uFF0C\u5DF2\u63A5\u5728\u4EFB\u52A1\u6B63\u6587\u4E4B\u540E\uFF1A\u201C${l.text.slice(0, 30)}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        ...at2(l.line)
      });
      task.push(l.text);
      continue;
    }
    pushNames(l.text, l.line);
  }
  return { headings, trailingHeadings, task, names, diagnostics };
}

// dist/layouts/flat/decide.js
function draftRow(block, ctx, hasSection, splitOpts) {
  const { table, blocks, diagnostics } = ctx;
  const parts = rowParts(block, table, hasSection, ctx.settings);
  diagnostics.push(...parts.diagnostics);
  const { entities, unsure, joinedByDocument } = toEntities(parts.names, splitOpts);
  for (const j of joinedByDocument) {
    diagnostics.push({
      level: "info",
      code: "FLAT_JOINED_BY_DOCUMENT",
      message: `\u7B2C ${block.seq} \u9879\u7684\u201C${j.name}\u201D\u5206\u4E24\u884C\u5370\u51FA\uFF0C\u4E24\u884C\u5404\u81EA\u4E5F\u50CF\u5B8C\u6574\u540D\u79F0\uFF1B\u56E0\u901A\u77E5\u6B63\u6587\u4E2D\u6574\u4F53\u5199\u4F5C\u201C${j.name}\u201D\uFF0C\u5DF2\u5408\u4E3A\u4E00\u4E2A\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
      table,
      seq: block.seq,
      line: j.line
    });
  }
  for (const u of unsure) {
    diagnostics.push({
      level: "warning",
      code: "FLAT_UNRECOGNISED_NAME",
      message: `\u7B2C ${block.seq} \u9879\u4E2D\u201C${u.name}\u201D\u65E2\u4E0D\u50CF\u5355\u4F4D\u4E5F\u4E0D\u50CF\u4EBA\u540D\uFF0C\u5DF2\u6309\u76F8\u90BB\u5185\u5BB9\u5F52\u4E3A${u.kind === "unit" ? "\u5355\u4F4D" : "\u4EBA\u5458"}\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
      table,
      seq: block.seq,
      line: u.line
    });
  }
  const { perBlock, outOfOrder } = assignBlocks(entities, blocks);
  for (const e of outOfOrder) {
    diagnostics.push({
      level: "warning",
      code: "FLAT_OUT_OF_ORDER",
      message: `\u7B2C ${block.seq} \u9879\u4E2D\u201C${e.name}\u201D\u51FA\u73B0\u7684\u4F4D\u7F6E\u4E0E\u8868\u5934\u5217\u5E8F\u4E0D\u7B26\uFF0C\u5DF2\u5F52\u5165\u6700\u540E\u4E00\u4E2A${e.kind === "unit" ? "\u5355\u4F4D" : "\u4EBA\u5458"}\u5217\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
      table,
      seq: block.seq,
      line: e.line
    });
  }
  const draft = { block, parts, perBlock };
  mergeRoleNamedUnits(draft, ctx);
  return draft;
}
function learnPersonColumns(drafts, ctx) {
  const { blocks, paired } = ctx;
  const votes = /* @__PURE__ */ new Map();
  blocks.forEach((b, bi) => {
    if (b.kind !== "person" || b.fields.length < 2)
      return;
    const fields = [b.fields[0], b.fields[1]];
    const samples = drafts.map((d) => ({ people: d.perBlock[bi], target: personTarget(d, blocks, fields, paired) ?? 0 }));
    votes.set(bi, countVotes(samples));
  });
  const spillPairs = personPairsAcrossUnits(blocks);
  const spillVotes = /* @__PURE__ */ new Map();
  for (const [a, b] of spillPairs) {
    const samples = drafts.filter((d) => d.perBlock[a].length && d.perBlock[b].length).map((d) => ({ people: [...d.perBlock[a], ...d.perBlock[b]], target: d.perBlock[a].length }));
    spillVotes.set(`${a}|${b}`, countVotes(samples));
  }
  return { votes, spillPairs, spillVotes };
}
function personTarget(d, blocks, fields, paired) {
  if (!paired)
    return null;
  const bi = blocks.findIndex((b) => b.fields.includes(paired));
  if (bi < 0)
    return null;
  const units = d.perBlock[bi];
  const count = blocks[bi].fields.length === 1 ? units.length : splitUnitBlock(units, blocks[bi].fields).parts[blocks[bi].fields.indexOf(paired)].length;
  if (fields[0] === "leaders")
    return count;
  return null;
}
function mergeRoleNamedUnits(d, ctx) {
  const { blocks, diagnostics, table } = ctx;
  const { perBlock, block } = d;
  const people = blocks.flatMap((b, bi) => b.kind === "person" ? perBlock[bi] : []);
  blocks.forEach((b, bi) => {
    if (b.kind !== "unit")
      return;
    const { units, merged } = mergeUnitsNamedByRoles(perBlock[bi], people);
    if (!merged.length)
      return;
    perBlock[bi] = units;
    for (const m of merged) {
      diagnostics.push({
        level: "info",
        code: "FLAT_UNITS_JOINED",
        message: `\u7B2C ${block.seq} \u9879\u7684\u5355\u4F4D\u201C${m}\u201D\u5206\u4E24\u884C\u5370\u51FA\uFF0C\u8D23\u4EFB\u4EBA\u4E00\u680F\u5199\u4F5C\u201C${m}\u2026\u201D\uFF0C\u5DF2\u5408\u4E3A\u4E00\u4E2A\u5355\u4F4D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        table,
        seq: block.seq,
        line: units.find((u) => u.name === m)?.line ?? block.line
      });
    }
  });
}
function mergeUnitsByLeaderCount(d, ctx, votes) {
  const { blocks, paired, settings: s, diagnostics, table } = ctx;
  const ui = blocks.findIndex((b) => paired !== null && b.fields.length === 1 && b.fields[0] === paired);
  const pi = blocks.findIndex((b) => b.kind === "person" && b.fields.length >= 2 && b.fields[0] === "leaders");
  if (ui < 0 || pi < 0)
    return;
  const people = d.perBlock[pi];
  const units = d.perBlock[ui];
  const fields = [blocks[pi].fields[0], blocks[pi].fields[1]];
  const { k } = chooseSplit(people, units.length, learnedFor(votes.get(pi), people, units.length, fields), fields, s);
  const r = mergeUnitsByCount(units, k);
  if (!r.merged)
    return;
  d.perBlock[ui] = r.units;
  diagnostics.push({
    level: "info",
    code: "FLAT_UNITS_JOINED_BY_COUNT",
    message: `\u7B2C ${d.block.seq} \u9879\u5355\u4F4D\u6BD4\u8D23\u4EFB\u9886\u5BFC\u591A\u4E00\u4E2A\uFF0C\u5176\u4E2D\u201C${r.merged}\u201D\u5206\u4E24\u884C\u5370\u51FA\uFF08\u524D\u4E00\u884C\u4EE5\u5730\u540D\u7ED3\u5C3E\uFF09\uFF0C\u5DF2\u5408\u4E3A\u4E00\u4E2A\u5355\u4F4D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
    table,
    seq: d.block.seq,
    line: r.units.find((u) => u.name === r.merged)?.line ?? d.block.line
  });
}
function personPairsAcrossUnits(blocks) {
  const pairs = [];
  const persons = blocks.map((b, i) => b.kind === "person" ? i : -1).filter((i) => i >= 0);
  for (let i = 0; i + 1 < persons.length; i++) {
    const a = persons[i];
    const b = persons[i + 1];
    if (blocks[a].fields.length === 1 && blocks[b].fields.length === 1 && b > a + 1)
      pairs.push([a, b]);
  }
  return pairs;
}
function splitSpilledPeople(d, ctx, a, b, votes) {
  const { blocks, paired, settings: s, diagnostics, table, label: label2 } = ctx;
  const ents = d.perBlock[a];
  if (!ents.length || d.perBlock[b].length)
    return;
  for (let i = a + 1; i < b; i++)
    if (d.perBlock[i].length)
      return;
  const fields = [blocks[a].fields[0], blocks[b].fields[0]];
  const target = personTarget(d, blocks, fields, paired);
  const { k } = chooseSplit(ents, target, learnedFor(votes, ents, null, fields), fields, s);
  if (k >= ents.length)
    return;
  d.perBlock[a] = ents.slice(0, k);
  d.perBlock[b] = ents.slice(k);
  diagnostics.push({
    level: "info",
    code: "FLAT_PERSON_COLUMNS_GUESSED",
    message: `\u7B2C ${d.block.seq} \u9879\u201C${blocks.slice(a + 1, b).flatMap((x) => x.fields).map(label2).join("\u201D\u201C")}\u201D\u4E3A\u7A7A\uFF0C\u201C${label2(fields[0])}\u201D\u4E0E\u201C${label2(fields[1])}\u201D\u8FDE\u5728\u4E00\u8D77\u5370\u51FA\uFF1B\u6309\u5168\u6587\u5176\u4ED6\u884C\u5224\u65AD\uFF1A${d.perBlock[a].map((e) => e.name).join("\u3001") || "\uFF08\u65E0\uFF09"} | ${d.perBlock[b].map((e) => e.name).join("\u3001")}\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
    table,
    seq: d.block.seq,
    line: ents[0].line
  });
}
function rowCells(d, ctx, votes) {
  const { blocks, paired: pairedField, label: label2, settings: s, diagnostics, table } = ctx;
  const { block } = d;
  const cells = {};
  blocks.forEach((b, bi) => {
    const ents = d.perBlock[bi];
    if (!ents.length)
      return;
    let parts2;
    if (b.kind === "unit") {
      const split = splitUnitBlock(ents, b.fields);
      parts2 = split.parts;
      if (split.guessed) {
        diagnostics.push({
          level: "info",
          code: "FLAT_UNIT_COLUMNS_GUESSED",
          message: `\u7B2C ${block.seq} \u9879\u7684\u5355\u4F4D\u5206\u5C5E\u201C${b.fields.map(label2).join("\u201D\u201C")}\u201D\u51E0\u5217\uFF0C\u539F\u6587\u5DF2\u65E0\u5217\u754C\uFF1B\u5DF2\u628A\u7B2C\u4E00\u4E2A\u5355\u4F4D\uFF08${parts2[0].map((e) => e.name).join("\u3001")}\uFF09\u5F52\u5165\u7B2C\u4E00\u5217\uFF0C\u5176\u4F59\u5F52\u5165\u4E0B\u4E00\u5217\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
          table,
          seq: block.seq,
          line: ents[0].line
        });
      }
    } else if (b.fields.length >= 2) {
      const fields = [b.fields[0], b.fields[1]];
      const target = personTarget(d, blocks, fields, pairedField);
      const learned = learnedFor(votes.get(bi), ents, target ?? 0, fields);
      const { k, cost } = chooseSplit(ents, target, learned, fields, s);
      parts2 = [ents.slice(0, k), ents.slice(k)];
      if (target !== null && (k !== target || cost > 0)) {
        diagnostics.push({
          level: k !== target ? "warning" : "info",
          code: "FLAT_PERSON_SPLIT",
          message: `\u7B2C ${block.seq} \u9879\u6709 ${ents.length} \u4F4D\u4EBA\u5458\u3001\u914D\u5BF9\u5355\u4F4D ${target} \u4E2A\uFF1B` + (k !== target ? `\u6309\u8FD9\u4E9B\u4EBA\u5728\u5168\u6587\u5176\u4ED6\u884C\u6240\u5728\u7684\u5217\uFF0C\u5224\u65AD\u524D ${k} \u4F4D\u5C5E\u201C${label2(fields[0])}\u201D\u3001\u5176\u4F59\u5C5E\u201C${label2(fields[1])}\u201D\uFF0C\u4E0E\u5355\u4F4D\u6570\u4E0D\u4E00\u81F4\u3002` : `\u6309\u5355\u4F4D\u6570\u5212\u5206\uFF0C\u4F46\u5176\u4E2D\u6709\u4EBA\u5728\u5168\u6587\u5176\u4ED6\u884C\u591A\u51FA\u73B0\u5728\u53E6\u4E00\u5217\u3002`) + `\u5212\u5206\uFF1A${parts2[0].map((e) => e.name).join("\u3001") || "\uFF08\u65E0\uFF09"} | ${parts2[1].map((e) => e.name).join("\u3001") || "\uFF08\u65E0\uFF09"}\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
          table,
          seq: block.seq,
          line: ents[0].line
        });
      }
    } else
      parts2 = [ents];
    b.fields.forEach((f, fi) => {
      const names = (parts2[fi] ?? []).map((e) => e.name);
      if (fi === b.fields.length - 1)
        names.push(...parts2.slice(b.fields.length).flat().map((e) => e.name));
      if (names.length)
        cells[f] = names;
    });
  });
  return cells;
}

// dist/layouts/flat/header.js
var RESPONSIBILITY2 = /* @__PURE__ */ new Set(["leadUnits", "units", "coUnits", "leaders", "supervisors"]);
var MIN_KNOWN_FIELDS = 3;
function isHeaderWords(words) {
  const fields = words.map(mapHeader);
  const known = fields.filter((f) => f !== "other");
  return known.length >= MIN_KNOWN_FIELDS && known.length === fields.length && fields.includes("task") && fields.some((f) => RESPONSIBILITY2.has(f)) && new Set(known).size === known.length;
}
function splitWords(text) {
  const out = [];
  let prevSingle = false;
  for (const w of norm(text).split(/\s+/).filter(Boolean)) {
    const single = /^\p{Script=Han}$/u.test(w);
    if (single && prevSingle)
      out[out.length - 1] += w;
    else
      out.push(w);
    prevSingle = single;
  }
  return out;
}
function headerWords(text) {
  const words = splitWords(text);
  return words.length >= MIN_KNOWN_FIELDS && isHeaderWords(words) ? words : null;
}
function wrappedHeader(lines, i) {
  const words = splitWords(lines[i].text);
  if (words.length < MIN_KNOWN_FIELDS)
    return null;
  let j = i + 1;
  while (j < lines.length && !norm(lines[j].text))
    j++;
  if (j >= lines.length)
    return null;
  const next = splitWords(lines[j].text);
  if (next.length !== 1)
    return null;
  const joined = [...words.slice(0, -1), words[words.length - 1] + next[0]];
  return isHeaderWords(joined) && mapHeader(words[words.length - 1]) === "other" ? { words: joined, end: j } : null;
}
function findFlatHeader(lines) {
  for (let i = 0; i < lines.length; i++) {
    const words = headerWords(lines[i].text);
    if (words)
      return { start: i, end: i, line: lines[i].line, headers: words, columns: words.map(mapHeader) };
    const wrapped = wrappedHeader(lines, i);
    if (wrapped)
      return { start: i, end: wrapped.end, line: lines[i].line, headers: wrapped.words, columns: wrapped.words.map(mapHeader) };
    if (mapHeader(norm(lines[i].text)) === "other")
      continue;
    const run = [];
    let j = i;
    let last = i;
    for (; j < lines.length; j++) {
      const t = norm(lines[j].text);
      if (!t)
        continue;
      if (t.includes(" ") || mapHeader(t) === "other")
        break;
      run.push(t);
      last = j;
    }
    if (run.length >= MIN_KNOWN_FIELDS && isHeaderWords(run)) {
      return { start: i, end: last, line: lines[i].line, headers: run, columns: run.map(mapHeader) };
    }
  }
  return null;
}
function headerRun(lines, i, header) {
  const key2 = cleanName(header.headers.join(""));
  let acc = "";
  for (let j = i; j < lines.length; j++) {
    const t = cleanName(lines[j].text);
    if (!t)
      continue;
    if (!key2.startsWith(acc + t))
      return null;
    acc += t;
    if (acc === key2)
      return j + 1;
  }
  return null;
}

// dist/layouts/flat/headings.js
var TITLE2 = /(分解表|任务表|分工表|清单|一览表)/;
var TITLE_LOOKBACK_LINES = 8;
function leadingHeadings(lines, table, diagnostics, s = FLAT_DEFAULTS) {
  const groups = [];
  for (let i = 0; i < lines.length; i++) {
    const r = readHeadings(lines, i, s, false);
    if (r.groups.length) {
      groups.push(...r.groups);
      i = r.next - 1;
      continue;
    }
    diagnostics.push({
      level: "warning",
      code: "UNPLACED_TEXT",
      message: `\u8868\u5934\u4E4B\u540E\u3001\u7B2C\u4E00\u4E2A\u5E8F\u53F7\u4E4B\u524D\u6709\u4E00\u884C\u6587\u5B57\uFF0C\u65E0\u6CD5\u5F52\u5165\u4EFB\u4F55\u4EFB\u52A1\uFF0C\u5DF2\u5FFD\u7565\uFF1A\u201C${lines[i].text.slice(0, 40)}\u201D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
      table,
      line: lines[i].line
    });
  }
  return groups;
}
function applyHeadings(section, groups) {
  if (!groups.length)
    return;
  const texts = groups.map((g) => ({ level: g.level, text: cleanText(g.fragments.join("")) }));
  const current = section.current;
  if (texts.length === 1 && texts[0].level === 1 && current[0] === texts[0].text)
    return;
  for (const t of texts)
    if (t.text)
      section.push(t.text, t.level);
}
function findTitle(doc, header) {
  for (let i = header.start - 1; i >= Math.max(0, header.start - TITLE_LOOKBACK_LINES); i--) {
    const t = norm(doc.lines[i]?.text ?? "");
    if (t && TITLE2.test(t) && !/^序号/.test(t))
      return cleanText(t);
  }
  return null;
}

// dist/layouts/flat/segment.js
var FIRST_SEQ_LIMIT = 1e3;
function segmentRows(lines, header, s = FLAT_DEFAULTS, title = null) {
  const titleKey = title ? cleanName(title) : null;
  const rows = [];
  const leading = [];
  let current = null;
  let pageBreak = false;
  let endLine = null;
  for (let i = header.end + 1; i < lines.length; i++) {
    const src = lines[i];
    const t = norm(src.text);
    if (!t)
      continue;
    if (isTableEnd(t)) {
      endLine = src.line;
      break;
    }
    if (isSeparator(t))
      continue;
    if (isPageNumber(t) || titleKey !== null && cleanName(t) === titleKey) {
      pageBreak = true;
      continue;
    }
    const run = headerRun(lines, i, header);
    if (run !== null) {
      pageBreak = true;
      i = run - 1;
      continue;
    }
    if (/^[ \t\u3000]/.test(src.text))
      pageBreak = true;
    const seqLine = parseSeqLine(t);
    if (seqLine && !seqLine.rest && current && !startsRow(seqLine.seq, seqLine.rest, current, s) && nextIsHeader(lines, i + 1, header)) {
      pageBreak = true;
      continue;
    }
    if (seqLine && startsRow(seqLine.seq, seqLine.rest, current, s)) {
      current = { seq: seqLine.seq, line: src.line, ...src.page ? { page: src.page } : {}, lines: [] };
      if (seqLine.rest)
        current.lines.push({ text: seqLine.rest, line: src.line, ...src.page ? { page: src.page } : {}, afterBreak: false });
      rows.push(current);
      pageBreak = false;
      continue;
    }
    if (!current) {
      leading.push({ text: t, line: src.line, ...src.page ? { page: src.page } : {}, afterBreak: pageBreak });
      continue;
    }
    current.lines.push({ text: t, line: src.line, ...src.page ? { page: src.page } : {}, afterBreak: pageBreak });
    pageBreak = false;
  }
  return { rows, leading, endLine };
}
function nextIsHeader(lines, i, header) {
  let j = i;
  while (j < lines.length && !norm(lines[j].text))
    j++;
  return j < lines.length && headerRun(lines, j, header) !== null;
}
function startsRow(seq, rest, current, s) {
  if (!current)
    return seq >= 1 && seq < FIRST_SEQ_LIMIT && (rest === "" || !/^\d/.test(rest));
  if (seq === current.seq + 1)
    return true;
  return rest === "" && seq > current.seq + 1 && seq <= current.seq + 1 + s.maxSeqGap && current.lines.length > 0;
}

// dist/layouts/flat.js
var MIN_ROWS_TO_DETECT = 2;
function detectFlat(doc) {
  if (detectTextGrid(doc.lines))
    return 0;
  const header = findFlatHeader(doc.lines);
  if (!header)
    return 0;
  let expected = 0;
  let found2 = 0;
  for (let i = header.end + 1; i < doc.lines.length && found2 < MIN_ROWS_TO_DETECT; i++) {
    const seq = parseSeqLine(doc.lines[i].text);
    if (!seq)
      continue;
    if (expected === 0 || seq.seq === expected) {
      expected = seq.seq + 1;
      found2++;
    }
  }
  return found2 >= MIN_ROWS_TO_DETECT ? 5 : 0;
}
function flatToRecords(doc, options = {}) {
  const s = options.settings ?? FLAT_DEFAULTS;
  const header = findFlatHeader(doc.lines);
  if (!header)
    return { tables: [], records: [], diagnostics: [] };
  const table = 0;
  const title = findTitle(doc, header);
  const spec = {
    index: table,
    title,
    headers: header.headers.map((text) => ({ text: cleanText(text), field: mapHeader(text) })),
    columns: header.columns,
    layout: "flat"
  };
  const diagnostics = [];
  const seg = segmentRows(doc.lines, header, s, title);
  const blocks = columnBlocks(header.columns);
  const hasSection = header.columns.includes("section");
  const pairedField = pairedUnitField(header.columns);
  const label2 = (f) => header.headers[header.columns.indexOf(f)] ?? f;
  const ctx = { table, blocks, paired: pairedField, label: label2, settings: s, diagnostics };
  const splitOpts = options.documentText !== void 0 ? { documentText: options.documentText } : {};
  const drafts = seg.rows.map((block) => draftRow(block, ctx, hasSection, splitOpts));
  const learned = learnPersonColumns(drafts, ctx);
  const section = new SectionPath();
  const records = [];
  let pending = leadingHeadings(seg.leading, table, diagnostics, s);
  for (const d of drafts) {
    const { block, parts } = d;
    applyHeadings(section, [...pending, ...parts.headings]);
    pending = parts.trailingHeadings;
    mergeUnitsByLeaderCount(d, ctx, learned.votes);
    for (const [a, b] of learned.spillPairs)
      splitSpilledPeople(d, ctx, a, b, learned.spillVotes.get(`${a}|${b}`));
    const cells = rowCells(d, ctx, learned.votes);
    records.push({
      table,
      seq: block.seq,
      section: section.current,
      task: parts.task,
      cells,
      presplit: Object.keys(cells),
      source: { line: block.line, ...block.page ? { page: block.page } : {} }
    });
  }
  return { tables: [spec], records, diagnostics };
}

// dist/layouts/pdf-cells.js
var centre = (b) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
var inside = (x, y, b) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
function runLines(runs, s = PDF_SETTINGS) {
  const sorted = [...runs].sort((a, b) => a.box[3] - b.box[3] || a.box[0] - b.box[0]);
  const lines = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    const ref2 = last?.[0];
    if (ref2 && Math.abs(r.box[3] - ref2.box[3]) <= s.baselineTolerance * Math.max(ref2.fontSize, r.fontSize))
      last.push(r);
    else
      lines.push([r]);
  }
  return lines.map((l) => l.sort((a, b) => a.box[0] - b.box[0]));
}
function lineText(line, s = PDF_SETTINGS) {
  let text = "";
  let prev = null;
  for (const r of line) {
    if (prev)
      text += r.box[0] - prev.box[2] > s.spaceGap * r.fontSize ? " " : "";
    text += r.text;
    prev = r;
  }
  return text;
}
var CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u;
var CJK_PUNCT = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018-\u201F\u2026\u2014]/u;
function cutsNumber(line, next) {
  const a = [...line].pop() ?? "";
  const b = [...next][0] ?? "";
  return /\d/.test(a) && /[\d%‰]/.test(b) || /\d[.．]$/.test(line) && /\d/.test(b);
}
function joinAtWrap(line, next, roomEm) {
  const a = [...line].pop() ?? "";
  const b = [...next][0] ?? "";
  if (cutsNumber(line, next))
    return "glue";
  if (CJK.test(a) && CJK.test(b))
    return "wrap";
  if (CJK_PUNCT.test(a) || CJK_PUNCT.test(b))
    return "glue";
  const tail = line.match(/\S*$/)[0];
  const head = next.match(/^\S*/)[0];
  if (!CJK.test(a) && !CJK.test(b)) {
    return CJK.test(tail) || CJK.test(head) ? "glue" : "wrap";
  }
  const piece = CJK.test(b) ? 1 : 0.5 * (head.match(/^[^\p{Script=Han}]*/u)[0].length || 1);
  if (roomEm > piece + 0.05)
    return "wrap";
  const spaced = CJK.test(b) ? /\s\S*$/.test(line) && !CJK.test(tail) : /^\S*\s/.test(next) && !CJK.test(head);
  return spaced ? "wrap" : "glue";
}
function cellLines(runs, cell, s = PDF_SETTINGS) {
  if (!runs.length)
    return [];
  const lines = runLines(runs, s);
  const left = Math.min(...lines.map((l) => l[0].box[0]));
  const size = lines[0][0].fontSize;
  const padding = Math.min(Math.max(0, left - cell[0]), s.maxCellPadding * size);
  const inner = cell[2] - cell[0] - 2 * padding;
  const texts = lines.map((l) => lineText(l, s));
  const out = [];
  let glue = false;
  lines.forEach((line, i) => {
    const text = texts[i];
    if (glue && out.length)
      out[out.length - 1] += text;
    else
      out.push(text);
    glue = false;
    if (i + 1 >= lines.length)
      return;
    const last = line[line.length - 1];
    const room = inner - (last.box[2] - line[0].box[0]);
    if (room <= s.lineEndedRoom * last.fontSize && cutsNumber(out[out.length - 1], texts[i + 1]))
      glue = true;
    else if (room <= s.wrapTolerance * last.fontSize) {
      if (joinAtWrap(out[out.length - 1], texts[i + 1], room / last.fontSize) === "glue")
        glue = true;
      else
        out[out.length - 1] += LINE_WRAPPED;
    } else if (room > s.lineEndedRoom * last.fontSize)
      out[out.length - 1] += LINE_ENDED;
  });
  return out;
}
function lastLineRoom(runs, cell, s = PDF_SETTINGS) {
  if (!runs.length)
    return null;
  const lines = runLines(runs, s);
  const left = Math.min(...lines.map((l) => l[0].box[0]));
  const size = lines[0][0].fontSize;
  const padding = Math.min(Math.max(0, left - cell[0]), s.maxCellPadding * size);
  const line = lines[lines.length - 1];
  const last = line[line.length - 1];
  return (cell[2] - cell[0] - 2 * padding - (last.box[2] - line[0].box[0])) / last.fontSize;
}
function joinCut(above, below, roomEm, s = PDF_SETTINGS) {
  if (!above.length)
    return [...below];
  if (!below.length)
    return [...above];
  const out = [...above];
  const last = out[out.length - 1];
  const next = below[0];
  const room = roomEm ?? 0;
  if (room <= s.lineEndedRoom && cutsNumber(last, next))
    out[out.length - 1] = last + next;
  else if (room <= s.wrapTolerance && joinAtWrap(last, next, room) === "glue")
    out[out.length - 1] = last + next;
  else {
    out[out.length - 1] = last + (room <= s.wrapTolerance ? LINE_WRAPPED : room > s.lineEndedRoom ? LINE_ENDED : "");
    out.push(next);
  }
  out.push(...below.slice(1));
  return out;
}
var PAGE_NUMBER = /^[\s\-—–―·.]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–―·.]*$/;
function furnitureRuns(pages, s = PDF_SETTINGS, keep = () => false) {
  const drop = /* @__PURE__ */ new Set();
  const candidates = [];
  for (const page of pages) {
    const all = runLines(page.runs.filter((r) => !keep(r, page)), s);
    const outer = [...all.slice(0, s.furnitureLines), ...all.slice(Math.max(s.furnitureLines, all.length - s.furnitureLines))];
    const band = s.marginBand * page.height;
    const numberBand = s.pageNumberBand * page.height;
    for (const line of outer) {
      const top = Math.min(...line.map((r) => r.box[1]));
      const bottom = Math.max(...line.map((r) => r.box[3]));
      if (top > numberBand && bottom < page.height - numberBand)
        continue;
      const text = lineText(line, s);
      if (PAGE_NUMBER.test(text))
        line.forEach((r) => drop.add(r));
      else if (top > band && bottom < page.height - band)
        continue;
      else
        candidates.push({ key: text.replace(/\d+/g, "#").replace(/\s+/g, ""), runs: line });
    }
  }
  const counts = /* @__PURE__ */ new Map();
  for (const c of candidates)
    counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  for (const c of candidates)
    if ((counts.get(c.key) ?? 0) >= 2 && pages.length >= 2)
      c.runs.forEach((r) => drop.add(r));
  return drop;
}
function looseRows(runs, page, s = PDF_SETTINGS) {
  return runLines(runs, s).map((line) => {
    const box = [Math.min(...line.map((r) => r.box[0])), Math.min(...line.map((r) => r.box[1])), Math.max(...line.map((r) => r.box[2])), Math.max(...line.map((r) => r.box[3]))];
    const lineNo = minLine(line);
    return { cells: [{ lines: [lineText(line, s)] }], page, bbox: box, top: box[1], ...lineNo ? { line: lineNo } : {} };
  });
}
function minLine(runs) {
  const ns = runs.map((r) => r.line).filter((n) => n !== void 0);
  return ns.length ? Math.min(...ns) : void 0;
}

// dist/layouts/lattice.js
function rulesToEdges(rules) {
  return rules.map((r) => r.orientation === "h" ? { orientation: "h", pos: (r.box[1] + r.box[3]) / 2, start: r.box[0], end: r.box[2] } : { orientation: "v", pos: (r.box[0] + r.box[2]) / 2, start: r.box[1], end: r.box[3] });
}
function snapEdges(edges, tolerance) {
  const out = [];
  for (const o of ["h", "v"]) {
    const group = edges.filter((e) => e.orientation === o).sort((a, b) => a.pos - b.pos);
    let cluster = [];
    const flush = () => {
      if (!cluster.length)
        return;
      const mean = cluster.reduce((s, e) => s + e.pos, 0) / cluster.length;
      out.push(...cluster.map((e) => ({ ...e, pos: mean })));
      cluster = [];
    };
    for (const e of group) {
      if (cluster.length && e.pos - cluster[cluster.length - 1].pos > tolerance)
        flush();
      cluster.push(e);
    }
    flush();
  }
  return out;
}
function joinEdges(edges, tolerance) {
  const byLine = /* @__PURE__ */ new Map();
  for (const e of edges) {
    const key2 = `${e.orientation}:${e.pos.toFixed(3)}`;
    (byLine.get(key2) ?? byLine.set(key2, []).get(key2)).push(e);
  }
  const out = [];
  for (const group of byLine.values()) {
    group.sort((a, b) => a.start - b.start);
    let cur = { ...group[0] };
    for (const e of group.slice(1)) {
      if (e.start <= cur.end + tolerance)
        cur.end = Math.max(cur.end, e.end);
      else {
        out.push(cur);
        cur = { ...e };
      }
    }
    out.push(cur);
  }
  return out;
}
function closeOpenEnds(edges, tolerance) {
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const crossed = (x, y) => hs.some((h) => Math.abs(h.pos - y) <= tolerance && h.start - tolerance <= x && h.end + tolerance >= x);
  const covered = (x, y) => hs.some((h) => Math.abs(h.pos - y) <= tolerance && h.start <= x && h.end >= x);
  const added = [];
  for (const side of ["start", "end"]) {
    const sorted = [...vs].sort((a, b) => a[side] - b[side]);
    let group = [];
    const flush = () => {
      const ys = group.map((v) => v[side]);
      const y = side === "end" ? Math.max(...ys) : Math.min(...ys);
      const xs = [...new Set(group.map((v) => v.pos))].sort((a, b) => a - b);
      const gap = xs.slice(1).some((x, i) => !covered((x + xs[i]) / 2, y));
      if (xs.length >= 2 && (gap || group.some((v) => !crossed(v.pos, v[side])))) {
        const drawn = hs.find((h) => Math.abs(h.pos - y) <= tolerance);
        const pos = drawn ? drawn.pos : side === "end" ? Math.max(...ys) : Math.min(...ys);
        added.push({ orientation: "h", pos, start: Math.min(...group.map((v) => v.pos)), end: Math.max(...group.map((v) => v.pos)) });
      }
      group = [];
    };
    for (const v of sorted) {
      if (group.length && v[side] - group[group.length - 1][side] > tolerance)
        flush();
      group.push(v);
    }
    flush();
  }
  if (!added.length)
    return [...edges];
  const moved = edges.map((e) => {
    if (e.orientation !== "v")
      return e;
    const a = added.find((h) => e.pos >= h.start - 0.01 && e.pos <= h.end + 0.01 && (Math.abs(e.end - h.pos) <= tolerance || Math.abs(e.start - h.pos) <= tolerance));
    if (!a)
      return e;
    return Math.abs(e.end - a.pos) <= tolerance ? { ...e, end: Math.max(e.end, a.pos) } : { ...e, start: Math.min(e.start, a.pos) };
  });
  return [...moved, ...added];
}
function overflowBottom(box, runs, s = PDF_SETTINGS) {
  const inColumn = runs.filter((r) => centre(r.box)[0] >= box[0] && centre(r.box)[0] <= box[2]);
  const own = inColumn.filter((r) => inside(...centre(r.box), box));
  let bottom = own.length ? Math.max(...own.map((r) => r.box[3])) : box[3];
  for (const r of inColumn.filter((r2) => centre(r2.box)[1] > box[3]).sort((a, b) => a.box[1] - b.box[1])) {
    if (r.box[1] - bottom > s.blockGap * r.fontSize)
      break;
    bottom = Math.max(bottom, r.box[3]);
  }
  return Math.max(box[3], bottom + 0.5);
}
function openColumns(table, drawn, tolerance) {
  const y = table.box[3];
  const cols = [];
  for (let c = 0; c + 1 < table.xs.length; c++) {
    const mid = (table.xs[c] + table.xs[c + 1]) / 2;
    if (!drawn.some((h) => h.orientation === "h" && Math.abs(h.pos - y) <= tolerance && h.start <= mid && h.end >= mid))
      cols.push(c);
  }
  return cols;
}
var key = (x, y) => `${x.toFixed(2)},${y.toFixed(2)}`;
function intersections(edges, tolerance) {
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const seen = /* @__PURE__ */ new Map();
  for (const v of vs)
    for (const h of hs)
      if (v.pos >= h.start - tolerance && v.pos <= h.end + tolerance && h.pos >= v.start - tolerance && h.pos <= v.end + tolerance)
        seen.set(key(v.pos, h.pos), [v.pos, h.pos]);
  return [...seen.values()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}
function intersectionsToCells(points, edges, tolerance) {
  const has = new Set(points.map(([x, y]) => key(x, y)));
  const hs = edges.filter((e) => e.orientation === "h");
  const vs = edges.filter((e) => e.orientation === "v");
  const hLinked = (y, x0, x1) => hs.some((e) => Math.abs(e.pos - y) < 0.01 && e.start <= x0 + tolerance && e.end >= x1 - tolerance);
  const vLinked = (x, y0, y1) => vs.some((e) => Math.abs(e.pos - x) < 0.01 && e.start <= y0 + tolerance && e.end >= y1 - tolerance);
  const cells = [];
  const byX = /* @__PURE__ */ new Map();
  const byY = /* @__PURE__ */ new Map();
  for (const p of points) {
    (byX.get(p[0]) ?? byX.set(p[0], []).get(p[0])).push(p);
    (byY.get(p[1]) ?? byY.set(p[1], []).get(p[1])).push(p);
  }
  for (const list of byX.values())
    list.sort((a, b) => a[1] - b[1]);
  for (const list of byY.values())
    list.sort((a, b) => a[0] - b[0]);
  for (const [x, y] of points) {
    const below = byX.get(x).filter((p) => p[1] > y);
    const right = byY.get(y).filter((p) => p[0] > x);
    search: for (const [, by] of below) {
      if (!vLinked(x, y, by))
        continue;
      for (const [rx] of right) {
        if (!hLinked(y, x, rx))
          continue;
        if (has.has(key(rx, by)) && vLinked(rx, y, by) && hLinked(by, x, rx)) {
          cells.push({ box: [x, y, rx, by] });
          break search;
        }
      }
    }
  }
  return cells;
}
function cellsToTables(cells) {
  const parent = cells.map((_, i) => i);
  const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
  const byCorner = /* @__PURE__ */ new Map();
  cells.forEach((c, i) => {
    const [x0, y0, x1, y1] = c.box;
    for (const k of [key(x0, y0), key(x1, y0), key(x0, y1), key(x1, y1)]) {
      const j = byCorner.get(k);
      if (j === void 0)
        byCorner.set(k, i);
      else
        parent[find(i)] = find(j);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  cells.forEach((c, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))).push(c));
  const tables = [];
  for (const group of groups.values()) {
    const xs = [...new Set(group.flatMap((c) => [c.box[0], c.box[2]]))].sort((a, b) => a - b);
    const ys = [...new Set(group.flatMap((c) => [c.box[1], c.box[3]]))].sort((a, b) => a - b);
    tables.push({
      xs,
      ys,
      box: [xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]],
      cells: group.map((c) => ({ ...c, col: [xs.indexOf(c.box[0]), xs.indexOf(c.box[2])], row: [ys.indexOf(c.box[1]), ys.indexOf(c.box[3])] }))
    });
  }
  return tables.sort((a, b) => a.box[1] - b.box[1]);
}
var found = /* @__PURE__ */ new WeakMap();
function findTables(page, s = PDF_SETTINGS) {
  const hit = found.get(page);
  if (hit && hit.settings === s)
    return hit.tables;
  const tables = tablesOnPage(page, s);
  found.set(page, { settings: s, tables });
  return tables;
}
function tablesOnPage(page, s) {
  const joined = joinEdges(snapEdges(rulesToEdges(page.rules), s.snapTolerance), s.joinTolerance).filter((e) => e.end - e.start >= s.minRuleLength);
  const edges = closeOpenEnds(joined, s.intersectionTolerance);
  const points = intersections(edges, s.intersectionTolerance);
  const cells = intersectionsToCells(points, edges, s.intersectionTolerance);
  return cellsToTables(cells).filter((t) => t.xs.length >= 3 && t.ys.length >= 2).map((t) => {
    const open3 = edges.length > joined.length ? openColumns(t, joined, s.intersectionTolerance) : [];
    if (!open3.length)
      return t;
    const last = t.ys.length - 1;
    const cells2 = t.cells.map((c) => c.row[1] === last && open3.some((k) => k >= c.col[0] && k < c.col[1]) ? { ...c, box: [c.box[0], c.box[1], c.box[2], overflowBottom(c.box, page.runs, s)] } : c);
    return { ...t, cells: cells2, openColumns: open3 };
  });
}
function tableRows(table, runs, page, s = PDF_SETTINGS) {
  const nCols = table.xs.length - 1;
  const rows = [];
  for (let r = 0; r < table.ys.length - 1; r++) {
    rows.push({
      cells: Array.from({ length: nCols }, () => ({ lines: [] })),
      rooms: Array.from({ length: nCols }, () => null),
      page,
      bbox: [table.xs[0], table.ys[r], table.xs[nCols], table.ys[r + 1]],
      top: table.ys[r]
    });
  }
  const lineOf = /* @__PURE__ */ new Map();
  const perCell = runsInBoxes(runs, table.cells.map((c) => c.box));
  let ci = 0;
  for (const cell of table.cells) {
    const mine = perCell[ci++];
    const lines = cellLines(mine, cell.box, s);
    if (!lines.length)
      continue;
    const [c0, c1] = cell.col;
    const [r0, r1] = cell.row;
    const first = rows[r0];
    first.rooms[c0] = lastLineRoom(mine, cell.box, s);
    const asHeader = c1 - c0 > 1 && mapHeader(lines.join("")) !== "other";
    for (let c = c0; c < (asHeader ? c1 : c0 + 1); c++)
      first.cells[c] = { lines };
    for (let r = r0 + 1; r < r1; r++)
      rows[r].cells[c0] = { lines, spanned: true };
    if (c0 === 0 && c1 === nCols && r1 - r0 === 1)
      first.spansTable = true;
    const n = minLine(mine);
    if (n !== void 0)
      lineOf.set(r0, Math.min(lineOf.get(r0) ?? n, n));
  }
  rows.forEach((row, r) => {
    const n = lineOf.get(r);
    if (n !== void 0)
      row.line = n;
  });
  return rows;
}
function runsInBoxes(runs, boxes) {
  const at2 = runs.map((r, i) => {
    const [x, y] = centre(r.box);
    return { x, y, i };
  }).filter((c) => !Number.isNaN(c.x) && !Number.isNaN(c.y)).sort((a, b) => a.y - b.y);
  return boxes.map((b) => {
    let lo = 0;
    let hi = at2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (at2[mid].y < b[1])
        lo = mid + 1;
      else
        hi = mid;
    }
    const hits = [];
    for (let k = lo; k < at2.length && at2[k].y <= b[3]; k++)
      if (inside(at2[k].x, at2[k].y, b))
        hits.push(at2[k].i);
    return hits.sort((a, b2) => a - b2).map((i) => runs[i]);
  });
}
function hasLattice(doc, s = PDF_SETTINGS) {
  return (doc.pages ?? []).some((p) => p.rules.filter((r) => r.orientation === "h").length >= s.minTableRules && p.rules.filter((r) => r.orientation === "v").length >= s.minTableRules && findTables(p, s).length > 0);
}
function latticeGrid(doc, s = PDF_SETTINGS) {
  const pages = doc.pages ?? [];
  const tablesOf = new Map(pages.map((p) => [p.number, findTables(p, s)]));
  const inTable = (r, p) => (tablesOf.get(p.number) ?? []).some((t) => inside(...centre(r.box), t.box));
  const furniture = furnitureRuns(pages, s, inTable);
  const out = [];
  let cut = null;
  for (const page of pages) {
    const runs = page.runs.filter((r) => !furniture.has(r));
    const tables = tablesOf.get(page.number) ?? [];
    const rows = [];
    const placed = /* @__PURE__ */ new Set();
    let nextCut = null;
    tables.forEach((t, i) => {
      const inCells = new Set(runsInBoxes(runs, t.cells.map((c) => c.box)).flat());
      const mine = runs.filter((r) => inCells.has(r));
      mine.forEach((r) => placed.add(r));
      const trs = tableRows(t, mine, page.number, s);
      if (i === 0 && cut)
        stitchCut(cut, trs, t, s);
      rows.push(...trs);
      if (i === tables.length - 1 && t.openColumns)
        nextCut = Object.assign(trs.filter((r) => !r.stitched).pop() ?? {}, { openColumns: t.openColumns });
    });
    cut = nextCut;
    rows.push(...looseRows(runs.filter((r) => !placed.has(r)), page.number, s));
    rows.sort((a, b) => a.top - b.top);
    for (const { top: _top, rooms: _rooms, stitched, openColumns: _open, ...row } of rows)
      if (!stitched)
        out.push(row);
  }
  return out;
}
function stitchCut(cut, next, table, s = PDF_SETTINGS) {
  const isHeader = (r) => r.cells.every((c) => c.lines.join("").length <= 12) && isHeaderRow(r.cells.map((c) => c.lines.join("")));
  const rb = next.findIndex((r) => r.cells.some((c) => c.lines.length) && !isHeader(r));
  const body = next[rb];
  if (!body || body.cells.length !== cut.cells.length || body.spansTable)
    return false;
  if (!body.cells[0].lines.some((l) => l.trim())) {
    body.cells.forEach((c, i) => {
      if (!c.lines.length || c.spanned)
        return;
      const mine = cut.cells[i];
      cut.cells[i] = { ...mine, lines: joinCut(mine.lines, c.lines, cut.rooms?.[i] ?? null, s) };
    });
    body.stitched = true;
    return true;
  }
  let carried = false;
  for (const c of cut.openColumns ?? []) {
    const cell = table.cells.find((k) => k.col[0] === c && k.row[0] === rb);
    if (!cell)
      continue;
    const above = cut.cells[c].lines;
    const below = body.cells[c].lines;
    if (below.length && cell.row[1] - cell.row[0] < 2)
      continue;
    const lines = joinCut(above, below, cut.rooms?.[c] ?? null, s);
    if (!lines.length)
      continue;
    cut.cells[c] = { ...cut.cells[c], lines };
    for (let r = cell.row[0]; r < cell.row[1]; r++)
      next[r].cells[c] = { lines, spanned: true };
    carried = true;
  }
  return carried;
}

// dist/layouts/stream.js
var SEQ2 = /^\s*\d{1,4}\s*[.、．]?\s*$/;
function findHeader2(runs, s = PDF_SETTINGS) {
  const lines = runLines(runs, s);
  for (const line of lines) {
    if (line.length < 2)
      continue;
    const size = line[0].fontSize;
    const mid = (line[0].box[1] + line[0].box[3]) / 2;
    const band = runs.filter((r) => Math.abs((r.box[1] + r.box[3]) / 2 - mid) <= 1.2 * size);
    const sorted = [...band].sort((a, b) => a.box[0] - b.box[0]);
    const groups = [];
    for (const r of sorted) {
      const g = groups[groups.length - 1];
      if (g && r.box[0] < Math.max(...g.map((x) => x.box[2])))
        g.push(r);
      else
        groups.push([r]);
    }
    for (const g of groups) {
      for (let grown = true; grown; ) {
        grown = false;
        const x0 = Math.min(...g.map((r) => r.box[0]));
        const x1 = Math.max(...g.map((r) => r.box[2]));
        const top = Math.min(...g.map((r) => r.box[1]));
        const bottom = Math.max(...g.map((r) => r.box[3]));
        for (const r of runs) {
          if (g.includes(r) || r.box[2] <= x0 || r.box[0] >= x1)
            continue;
          if (r.box[3] >= top - 0.6 * size && r.box[1] <= bottom + 0.6 * size) {
            g.push(r);
            band.push(r);
            grown = true;
          }
        }
      }
    }
    const cells = groups.map((g) => ({
      text: runLines(g, s).map((l) => lineText(l, s)).join(""),
      x0: Math.min(...g.map((r) => r.box[0])),
      x1: Math.max(...g.map((r) => r.box[2]))
    }));
    if (cells.length >= 2 && isHeaderRow(cells.map((c) => c.text)))
      return { cells, top: Math.min(...band.map((r) => r.box[1])), bottom: Math.max(...band.map((r) => r.box[3])), runs: band };
  }
  return null;
}
function columnBounds(header, body, s = PDF_SETTINGS) {
  const bounds = [-Infinity];
  const centres = header.cells.map((c) => (c.x0 + c.x1) / 2);
  body = body.filter((r) => centres.filter((c) => r.box[0] < c && r.box[2] > c).length < 2);
  for (let i = 0; i + 1 < header.cells.length; i++) {
    const lo = header.cells[i].x1;
    const hi = header.cells[i + 1].x0;
    const covering = body.map((r) => [Math.max(lo, r.box[0]), Math.min(hi, r.box[2])]).filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
    let last = null;
    let cursor = lo;
    for (const [a, b] of [...covering, [hi, hi]]) {
      if (a - cursor >= s.minColumnGap)
        last = [cursor, a];
      cursor = Math.max(cursor, b);
    }
    bounds.push(last ? last[1] - s.minColumnGap / 2 : (lo + hi) / 2);
  }
  bounds.push(Infinity);
  return bounds;
}
var columnOf = (x, bounds) => {
  for (let i = 0; i + 1 < bounds.length; i++)
    if (x >= bounds[i] && x < bounds[i + 1])
      return i;
  return bounds.length - 2;
};
function bandsToRows(body, bounds, seqCol, page, s = PDF_SETTINGS, sectionCols = /* @__PURE__ */ new Set()) {
  let lines = runLines(body, s);
  const crosses = (r) => bounds.some((b) => Number.isFinite(b) && r.box[0] < b - r.fontSize && r.box[2] > b + r.fontSize);
  const end = lines.findIndex((l) => !(l.length === 1 && headingLevel(l[0].text) !== null) && l.some(crosses));
  const after = end >= 0 ? lines.slice(end).flat() : [];
  if (end >= 0)
    lines = lines.slice(0, end);
  const nCols = bounds.length - 1;
  const bands = [];
  let cur = { lines: [], heading: false };
  const isAnchor = (line) => line.some((r) => columnOf(centre(r.box)[0], bounds) === seqCol && SEQ2.test(r.text));
  const isHeading = (line) => line.length === 1 && !isAnchor(line) && headingLevel(line[0].text) !== null && columnOf(line[0].box[0], bounds) <= seqCol + 1 && !sectionCols.has(columnOf(centre(line[0].box)[0], bounds));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isHeading(line)) {
      if (cur.lines.length)
        bands.push(cur);
      bands.push({ lines: [line], heading: true });
      cur = { lines: [], heading: false };
      continue;
    }
    if (isAnchor(line) && cur.lines.length) {
      const prevAnchor = cur.lines.findIndex(isAnchor);
      let cut = cur.lines.length;
      if (prevAnchor >= 0) {
        let bestGap = gapAbove(line, cur.lines[cur.lines.length - 1]);
        for (let k = cur.lines.length - 1; k > prevAnchor; k--) {
          const g = gapAbove(cur.lines[k], cur.lines[k - 1]);
          if (g > bestGap + 0.5) {
            bestGap = g;
            cut = k;
          }
        }
      }
      const moved = cur.lines.slice(cut);
      const kept = cur.lines.slice(0, cut);
      if (kept.length)
        bands.push({ lines: kept, heading: false });
      cur = { lines: [...moved, line], heading: false };
      continue;
    }
    cur.lines.push(line);
  }
  if (cur.lines.length)
    bands.push(cur);
  const bandOf = /* @__PURE__ */ new Map();
  bands.forEach((b, i) => b.lines.flat().forEach((r) => bandOf.set(r, i)));
  const sectionRuns = /* @__PURE__ */ new Map();
  for (const c of sectionCols) {
    for (const block of columnBlocks2(bands.filter((b) => !b.heading).flatMap((b) => b.lines.flat()).filter((r) => columnOf(centre(r.box)[0], bounds) === c), s)) {
      const at2 = bandOf.get(block[0]);
      (sectionRuns.get(at2) ?? sectionRuns.set(at2, []).get(at2)).push(...block);
    }
  }
  const textRight = Array.from({ length: nCols }, (_, c) => {
    const xs = bands.filter((b) => !b.heading).flatMap((b) => b.lines.flat()).filter((r) => columnOf(centre(r.box)[0], bounds) === c).map((r) => r.box[2]);
    return xs.length ? Math.max(...xs) : Infinity;
  });
  const rows = bands.map((band, bi) => {
    const runs = band.lines.flat();
    const box = [Math.min(...runs.map((r) => r.box[0])), Math.min(...runs.map((r) => r.box[1])), Math.max(...runs.map((r) => r.box[2])), Math.max(...runs.map((r) => r.box[3]))];
    const n = minLine(runs);
    const base = { page, bbox: box, ...n !== void 0 ? { line: n } : {} };
    if (band.heading)
      return { cells: [{ lines: [lineText(band.lines[0], s)] }], ...base };
    const cells = Array.from({ length: nCols }, (_, c) => {
      const inColumn = (r) => columnOf(centre(r.box)[0], bounds) === c;
      const mine = sectionCols.has(c) ? (sectionRuns.get(bi) ?? []).filter(inColumn) : runs.filter(inColumn);
      const right = Math.min(Number.isFinite(bounds[c + 1]) ? bounds[c + 1] : box[2], textRight[c]);
      const cellBox = [Number.isFinite(bounds[c]) ? bounds[c] : box[0], box[1], right, box[3]];
      return { lines: cellLines(mine, cellBox, s) };
    });
    return { cells, ...base };
  });
  return { rows, after };
}
function columnBlocks2(runs, s) {
  const blocks = [];
  let prev = null;
  for (const line of runLines(runs, s)) {
    const block = blocks[blocks.length - 1];
    if (block && prev && gapAbove(line, prev) <= s.blockGap * line[0].fontSize)
      block.push(...line);
    else
      blocks.push([...line]);
    prev = line;
  }
  return blocks;
}
function splitSectionColumns(bounds, texts, body, s = PDF_SETTINGS) {
  const outBounds = [bounds[0]];
  const outTexts = [];
  texts.forEach((text, i) => {
    if (mapHeader(text) === "section") {
      const lo = bounds[i];
      const hi = bounds[i + 1];
      const ranges = body.filter((r) => r.box[0] + r.box[2] > 2 * lo && r.box[0] + r.box[2] < 2 * hi).map((r) => [r.box[0], r.box[2]]).sort((a, b) => a[0] - b[0]);
      let end = -Infinity;
      for (const [a, b] of ranges) {
        if (Number.isFinite(end) && a - end >= s.minColumnGap) {
          outBounds.push((end + a) / 2);
          outTexts.push(text);
        }
        end = Math.max(end, b);
      }
    }
    outBounds.push(bounds[i + 1]);
    outTexts.push(text);
  });
  return { bounds: outBounds, texts: outTexts };
}
function gapAbove(line, prev) {
  return Math.min(...line.map((r) => r.box[1])) - Math.max(...prev.map((r) => r.box[3]));
}
function streamGrid(doc, s = PDF_SETTINGS) {
  const pages = doc.pages ?? [];
  const headers = new Map(pages.map((p) => [p.number, findHeader2(p.runs, s)]));
  const furniture = furnitureRuns(pages, s, (r, p) => headers.get(p.number)?.runs.includes(r) ?? false);
  const out = [];
  let bounds = null;
  let previous = null;
  let seqCol = 0;
  let headerCells = [];
  let sectionCols = /* @__PURE__ */ new Set();
  for (const page of pages) {
    const runs = page.runs.filter((r) => !furniture.has(r));
    const header = headers.get(page.number) ?? null;
    let body;
    if (header) {
      const above = runs.filter((r) => r.box[3] <= header.top && !header.runs.includes(r));
      out.push(...looseRows(above, page.number, s).map(({ top: _t, ...row }) => row));
      body = runs.filter((r) => r.box[1] >= header.bottom - 0.01 && !header.runs.includes(r));
      const same = previous !== null && previous.cells.length === header.cells.length && previous.cells.every((c, i) => c.text === header.cells[i].text && Math.abs(c.x0 - header.cells[i].x0) <= s.snapTolerance);
      if (!same || !bounds) {
        const split = splitSectionColumns(columnBounds(header, body, s), header.cells.map((c) => c.text), body, s);
        bounds = split.bounds;
        headerCells = split.texts;
      }
      previous = header;
      seqCol = Math.max(0, headerCells.map(mapHeader).indexOf("seq"));
      sectionCols = new Set(headerCells.flatMap((t, i) => mapHeader(t) === "section" ? [i] : []));
      out.push({ cells: headerCells.map((t) => ({ lines: [t] })), page: page.number, bbox: [header.cells[0].x0, header.top, header.cells[header.cells.length - 1].x1, header.bottom] });
    } else if (bounds)
      body = runs;
    else {
      out.push(...looseRows(runs, page.number, s).map(({ top: _t, ...row }) => row));
      continue;
    }
    const { rows, after } = bandsToRows(body, bounds, seqCol, page.number, s, sectionCols);
    out.push(...rows);
    if (after.length) {
      out.push(...looseRows(after, page.number, s).map(({ top: _t, ...row }) => row));
      bounds = null;
    }
  }
  return out;
}

// dist/layouts/aligned.js
var MIN_GAP = 2;
var MIN_ROWS_TO_DETECT2 = 2;
var SEQ_START = /^\s*[0-9０-９]{1,4}\s*[.、．]?(\s{1,}|$)/;
var isWide = (ch) => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF]/u.test(ch);
function segments(text, metric) {
  const out = [];
  let pos = 0;
  let cur = null;
  let gap = 0;
  for (const ch of text.replace(/\t/g, "    ").replace(/[\f\v\r]/g, "")) {
    if (ch === " " || ch === "\u3000") {
      gap += ch === "\u3000" ? 2 : 1;
      pos += ch === "\u3000" && metric === "display" ? 2 : 1;
      continue;
    }
    if (cur && gap >= MIN_GAP) {
      out.push(cur);
      cur = null;
    } else if (cur && gap > 0)
      cur.text += " ";
    cur ??= { text: "", start: pos, end: pos };
    const w = metric === "display" && isWide(ch) ? 2 : 1;
    cur.text += ch;
    pos += w;
    cur.end = pos;
    gap = 0;
  }
  if (cur)
    out.push(cur);
  return out;
}
function boundsOf(words) {
  return words.map((w, i) => i === 0 ? Number.NEGATIVE_INFINITY : words[i - 1].end);
}
function columnOf2(bounds, start) {
  let col = 0;
  for (let i = 0; i < bounds.length; i++)
    if (start >= bounds[i])
      col = i;
  return col;
}
var MAX_HEADER_WRAP = 6;
function headerAt(lines, i, metric) {
  const words = segments(lines[i].text, metric);
  if (words.length < 3)
    return null;
  const texts = words.map((w) => w.text.replace(/\s+/g, ""));
  if (!isHeaderRow(texts))
    return null;
  const h = { index: i, used: 1, metric, headers: texts, columns: texts.map(mapHeader), bounds: boundsOf(words) };
  return wrappedHeader2(lines, h) ?? h;
}
function wrappedHeader2(lines, h) {
  const next = lines[h.index + 1];
  if (!next || !next.text.trim() || SEQ_START.test(next.text))
    return null;
  const pieces = segments(next.text, h.metric);
  if (!pieces.every((p) => p.text.length <= MAX_HEADER_WRAP && !/[，,。；;：:]/.test(p.text)))
    return null;
  const texts = [...h.headers];
  const touched = /* @__PURE__ */ new Set();
  for (const p of pieces) {
    const col = columnOf2(h.bounds, p.start);
    if (touched.has(col))
      return null;
    touched.add(col);
    texts[col] = texts[col] + p.text.replace(/\s+/g, "");
  }
  const columns = texts.map(mapHeader);
  const completes = [...touched].every((c) => columns[c] !== "other") && [...touched].some((c) => h.columns[c] === "other" || h.columns[c] !== columns[c]);
  return completes ? { ...h, used: 2, headers: texts, columns } : null;
}
function scatter(lines, h) {
  const starts = /* @__PURE__ */ new Set();
  for (let i = h.index + 1; i < lines.length; i++)
    for (const seg of segments(lines[i].text, h.metric))
      starts.add(seg.start);
  return starts.size;
}
function findAlignedHeader(lines) {
  for (let i = 0; i < lines.length; i++) {
    if (!/\S\s{2,}\S/.test(lines[i].text))
      continue;
    const candidates = ["chars", "display"].map((m) => headerAt(lines, i, m)).filter((h) => h !== null);
    if (!candidates.length)
      continue;
    const best = candidates.map((h) => ({ h, score: scatter(lines, h) })).sort((a, b) => a.score - b.score)[0];
    return best.h;
  }
  return null;
}
function detectAligned(doc) {
  if (doc.source.format !== "txt" || detectTextGrid(doc.lines))
    return 0;
  const h = findAlignedHeader(doc.lines);
  if (!h)
    return 0;
  let rows = 0;
  for (let i = h.index + 1; i < doc.lines.length && rows < MIN_ROWS_TO_DETECT2; i++) {
    const text = doc.lines[i].text;
    if (SEQ_START.test(text) && segments(text, h.metric).length >= 2)
      rows++;
  }
  return rows >= MIN_ROWS_TO_DETECT2 ? 6 : 0;
}
function alignedToGrid(lines, h) {
  const rows = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text.trim())
      continue;
    if (i < h.index) {
      rows.push({ cells: [{ lines: [l.text.trim()] }], line: l.line, ...l.page ? { page: l.page } : {} });
      continue;
    }
    const segs = segments(l.text, h.metric);
    const cells = h.headers.map(() => ({ lines: [] }));
    const header = headerAt(lines, i, h.metric);
    if (header) {
      rows.push({ cells: header.headers.map((t) => ({ lines: [t] })), line: l.line });
      i += header.used - 1;
      continue;
    }
    if (segs.length === 1 && isCentredAcross(segs[0], h)) {
      rows.push({ cells: [{ lines: [segs[0].text] }, { lines: [] }], line: l.line, ...l.page ? { page: l.page } : {} });
      continue;
    }
    const seqCol = Math.max(0, h.columns.indexOf("seq"));
    for (const s of segs) {
      const col = Math.min(columnOf2(h.bounds, s.start), cells.length - 1);
      const m = col === seqCol && seqCol + 1 < cells.length ? /^([0-9０-９]{1,4}[.、．]?)\s+(\S.*)$/.exec(s.text) : null;
      if (m) {
        cells[seqCol].lines.push(m[1]);
        cells[seqCol + 1].lines.push(m[2]);
        continue;
      }
      cells[col].lines.push(s.text);
    }
    rows.push({ cells, line: l.line, ...l.page ? { page: l.page } : {} });
  }
  return rows;
}
function isCentredAcross(s, h) {
  const first = columnOf2(h.bounds, s.start);
  return first > 0 && (isTableTitle(s.text) || columnOf2(h.bounds, Math.max(s.start, s.end - 1)) - first >= 2);
}
function alignedToRecords(doc) {
  const h = findAlignedHeader(doc.lines);
  if (!h)
    return { tables: [], records: [], diagnostics: [] };
  return gridToRecords(alignedToGrid(doc.lines, h), { layout: "aligned" });
}

// dist/layouts/html.js
var TABLE = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
var ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr>|<\/table>|$)/gi;
var CELL = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/t[dh]>|<\/tr>|$)/gi;
var MAX_SPAN = 200;
var ENTITIES = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: " ", emsp: " ", middot: "\xB7", ldquo: "\u201C", rdquo: "\u201D", lsquo: "\u2018", rsquo: "\u2019", mdash: "\u2014", hellip: "\u2026" };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 1114112 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}
function cellLines2(html) {
  const text = html.replace(/\s*\r?\n\s*/g, " ").replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|div|li)>/gi, "\n").replace(/<(b|strong)\b[^>]*>/gi, "").replace(/<\/(b|strong)>/gi, "").replace(/<[^>]+>/g, "");
  return decodeEntities(text).split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l.replace(/[\u0001\u0002]/g, "").trim() !== "").map((l) => l.replace(/\u0001/g, "<b>").replace(/\u0002/g, "</b>"));
}
function spanOf(attrs, name) {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Math.min(MAX_SPAN, Math.max(1, n));
}
function lineAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo + 1;
}
function htmlToGrid(text) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++)
    if (text[i] === "\n")
      lineStarts.push(i + 1);
  const rows = [];
  let after = 0;
  for (const t of text.matchAll(TABLE)) {
    const before = text.slice(after, t.index).replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, "");
    for (const line of cellLines2(before))
      rows.push({ cells: [{ lines: [line] }], line: lineAt(lineStarts, t.index) });
    after = t.index + t[0].length;
    const body = t[1];
    const bodyStart = t.index + t[0].indexOf(body);
    const pending = /* @__PURE__ */ new Map();
    for (const r of body.matchAll(ROW)) {
      const cells = [];
      let col = 0;
      const advance = () => {
        while ((pending.get(col) ?? 0) > 0) {
          cells[col] = [];
          col++;
        }
      };
      const spans = [];
      for (const c of r[1].matchAll(CELL)) {
        advance();
        const rs = spanOf(c[2], "rowspan");
        const cs = spanOf(c[2], "colspan");
        cells[col] = cellLines2(c[3]);
        for (let k = 1; k < cs; k++)
          cells[col + k] = [];
        if (rs > 1)
          for (let k = 0; k < cs; k++)
            spans.push([col + k, rs - 1]);
        col += cs;
      }
      advance();
      for (const [k, left] of [...pending])
        pending.set(k, left - 1);
      for (const [k, left] of spans)
        pending.set(k, left);
      if (!cells.length)
        continue;
      rows.push({ cells: Array.from(cells, (c) => ({ lines: c ?? [] })), line: lineAt(lineStarts, bodyStart + r.index) });
    }
  }
  return rows;
}
function detectHtml(doc) {
  if (doc.source.format !== "txt")
    return 0;
  const text = doc.lines.map((l) => l.text).join("\n");
  return /<table\b/i.test(text) && /<t[dh]\b/i.test(text) ? 12 : 0;
}
function htmlToRecords(doc) {
  const text = doc.lines.map((l) => l.text).join("\n");
  return gridToRecords(htmlToGrid(text), { layout: "html" });
}

// dist/layouts/registry.js
var textGridLayout = {
  name: "tsv",
  complements: true,
  maxScore: 10,
  detect: (doc) => doc.source.format === "txt" && detectTextGrid(doc.lines) ? 10 : 0,
  rebuild(doc) {
    const kind = detectTextGrid(doc.lines) ?? "tsv";
    return gridToRecords(textToGrid(doc.lines, kind), { layout: kind });
  }
};
var flatLayout = {
  name: "flat",
  maxScore: 5,
  detect: detectFlat,
  rebuild: (doc) => flatToRecords(doc, { documentText: documentTextOf2(doc) })
};
function documentTextOf2(doc) {
  return doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
}
var latticeLayout = {
  name: "lattice",
  maxScore: 10,
  detect: (doc) => doc.source.format === "pdf" && hasLattice(doc) ? 10 : 0,
  rebuild: (doc) => gridToRecords(latticeGrid(doc), { layout: "lattice" })
};
var streamLayout = {
  name: "stream",
  maxScore: 6,
  // above the text layouts (flat scores 5 on a PDF's lines too): positions beat reading order
  detect: (doc) => doc.source.format === "pdf" ? 6 : 0,
  rebuild: (doc) => gridToRecords(streamGrid(doc), { layout: "stream" })
};
var alignedLayout = {
  name: "aligned",
  detect: detectAligned,
  rebuild: alignedToRecords
};
var htmlLayout = {
  name: "html",
  detect: detectHtml,
  rebuild: htmlToRecords
};
var registry = [textGridLayout, flatLayout, alignedLayout, htmlLayout, listLayout, latticeLayout, streamLayout];
function rankLayouts(doc, forced) {
  if (forced && forced !== "auto") {
    const l = registry.find((x) => x.name === forced || (forced === "markdown" || forced === "csv") && x.name === "tsv");
    return l ? [l] : [];
  }
  return registry.map((l) => ({ l, score: l.detect(doc) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score).map((x) => x.l);
}
function* layoutsByFit(doc, forced, only = () => true) {
  if (forced && forced !== "auto") {
    yield* rankLayouts(doc, forced).filter(only);
    return;
  }
  const entries = registry.filter(only).map((l, i) => ({ l, i, score: void 0, tried: false }));
  for (; ; ) {
    let best = null;
    for (const e of entries)
      if (!e.tried && e.score !== void 0 && e.score > 0 && (!best || e.score > best.score))
        best = e;
    let ask = null;
    for (const e of entries) {
      if (e.score !== void 0)
        continue;
      const max = e.l.maxScore ?? Infinity;
      if (best && !(max > best.score || max === best.score && e.i < best.i))
        continue;
      if (!ask || max > (ask.l.maxScore ?? Infinity))
        ask = e;
    }
    if (ask) {
      ask.score = ask.l.detect(doc);
      continue;
    }
    if (!best)
      return;
    best.tried = true;
    yield best.l;
  }
}

// dist/layouts/combine.js
function consumedLines(result) {
  if (result.consumed)
    return new Set(result.consumed);
  const lines = result.records.map((r) => r.source.line).filter((n) => n !== void 0);
  if (!lines.length)
    return /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Set();
  for (let n = Math.min(...lines); n <= Math.max(...lines); n++)
    out.add(n);
  return out;
}
function withoutLines(doc, lines) {
  return { ...doc, lines: doc.lines.map((l) => lines.has(l.line) ? { ...l, text: "" } : l) };
}
function rebuildRows(doc, forced) {
  let primary = null;
  let fallback = null;
  for (const layout of layoutsByFit(doc, forced)) {
    const result = layout.rebuild(doc);
    if (result.records.length) {
      primary = { layout, result };
      break;
    }
    fallback ??= result;
  }
  if (!primary)
    return fallback;
  if (forced && forced !== "auto" || !primary.layout.complements)
    return primary.result;
  const results = [primary.result];
  const used = consumedLines(primary.result);
  const ran = /* @__PURE__ */ new Set([primary.layout.name]);
  for (; ; ) {
    const rest = withoutLines(doc, used);
    const next = layoutsByFit(rest, void 0, (l) => l.complements === true && !ran.has(l.name)).next().value;
    if (!next)
      break;
    ran.add(next.name);
    const r = next.rebuild(rest);
    if (!r.records.length)
      continue;
    results.push(r);
    for (const n of consumedLines(r))
      used.add(n);
  }
  return results.length === 1 ? primary.result : mergeResults(results);
}

// dist/validate/checks.js
function at(t) {
  return { ...t.source.line ? { line: t.source.line } : {}, ...t.source.page ? { page: t.source.page } : {} };
}
function checkNumbering(tasks, table) {
  const out = [];
  const rows = tasks.filter((t) => t.table === table.index);
  if (!rows.length) {
    out.push({ level: "warning", code: "EMPTY_TABLE", message: `\u8868 ${table.index + 1} \u53EA\u6709\u8868\u5934\uFF0C\u6CA1\u6709\u4EFB\u52A1\u884C\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, table: table.index });
    return out;
  }
  const first = rows[0];
  if (first.seq > 1) {
    out.push({
      level: "info",
      code: "SEQ_LATE_START",
      message: `\u8868 ${table.index + 1} \u4ECE\u7B2C ${first.seq} \u9879\u5F00\u59CB\uFF0C\u7B2C 1\u2013${first.seq - 1} \u9879\u4E0D\u5728\u672C\u6587\u4EF6\u4E2D\uFF08\u53EF\u80FD\u662F\u8282\u9009\uFF09\u3002`,
      table: table.index,
      seq: first.seq,
      ...at(first)
    });
  }
  const seen = /* @__PURE__ */ new Map();
  let prev = null;
  for (const t of rows) {
    const dup = seen.get(t.seq);
    if (dup) {
      out.push({
        level: "warning",
        code: "SEQ_DUPLICATE",
        message: `\u5E8F\u53F7 ${t.seq} \u91CD\u590D\u51FA\u73B0\uFF08\u53E6\u89C1\u7B2C ${dup.source.line ?? dup.source.page ?? "?"} ${dup.source.line ? "\u884C" : "\u9875"}\uFF09\u3002\u4E24\u6761\u90FD\u5DF2\u4FDD\u7559\uFF0C\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        table: t.table,
        seq: t.seq,
        ...at(t)
      });
    }
    seen.set(t.seq, t);
    if (prev && t.seq > prev.seq + 1) {
      const missing = t.seq - prev.seq - 1;
      out.push({
        level: "warning",
        code: "SEQ_GAP",
        message: `\u5E8F\u53F7\u4ECE ${prev.seq} \u8DF3\u5230 ${t.seq}\uFF0C\u7F3A\u5C11 ${missing === 1 ? `\u7B2C ${prev.seq + 1} \u9879` : `\u7B2C ${prev.seq + 1}\u2013${t.seq - 1} \u9879`}\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u662F\u5426\u6F0F\u884C\u3002`,
        table: t.table,
        seq: t.seq,
        ...at(t)
      });
    } else if (prev && t.seq < prev.seq && t.seq !== 1) {
      out.push({
        level: "warning",
        code: "SEQ_ORDER",
        message: `\u5E8F\u53F7 ${t.seq} \u51FA\u73B0\u5728 ${prev.seq} \u4E4B\u540E\uFF0C\u987A\u5E8F\u4E0D\u8FDE\u7EED\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`,
        table: t.table,
        seq: t.seq,
        ...at(t)
      });
    }
    prev = t;
  }
  return out;
}
function checkRecord(t, hasUnitColumns) {
  const out = [];
  if (!t.task.trim()) {
    out.push({ level: "warning", code: "NO_TASK_TEXT", message: `\u7B2C ${t.seq} \u9879\u6CA1\u6709\u4EFB\u52A1\u5185\u5BB9\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, table: t.table, seq: t.seq, ...at(t) });
  }
  if (hasUnitColumns && !t.leadUnits.length && !t.units.length && !t.coUnits.length) {
    out.push({ level: "warning", code: "NO_UNIT", message: `\u7B2C ${t.seq} \u9879\u6CA1\u6709\u627E\u5230\u4EFB\u4F55\u8D23\u4EFB\u5355\u4F4D\u3002\u8BF7\u6838\u5BF9\u539F\u6587\u3002`, table: t.table, seq: t.seq, ...at(t) });
  }
  return out;
}

// dist/parse.js
function timed(timings, stage, fn) {
  if (!timings)
    return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}
async function parse(input, options = {}) {
  const file = typeof input === "string" ? input : options.fileName ?? "-";
  const start = performance.now();
  const bytes = typeof input === "string" ? await loadFile(input, options.limits) : input;
  const doc = await readDocument(bytes, file, options);
  if (options.timings)
    options.timings.read = (options.timings.read ?? 0) + performance.now() - start;
  return parseDocument(doc, options);
}
function parseDocument(doc, options = {}) {
  const t = options.timings;
  const result = timed(t, "rows", () => rebuildRows(doc, options.layout));
  if (!result || result.records.length === 0) {
    const text = doc.lines.map((l) => l.text).join("\n");
    const headerOnly = result && result.tables.length || doc.lines.some((l) => isHeaderRow(l.text.split(/\t|[|｜]|\s{2,}|\u3000+/).map((c) => c.trim()).filter(Boolean)));
    const what = headerOnly ? "\u8868\u5934\u627E\u5230\u4E86\uFF0C\u4F46\u8868\u4E2D\u6CA1\u6709\u4EFB\u4F55\u7F16\u53F7\u7684\u4EFB\u52A1\u884C" : describeDocument(text);
    throw new FenjieError("NO_TABLE", `\u672A\u627E\u5230\u8D23\u4EFB\u5206\u89E3\u8868\uFF1A${doc.source.file}\u3002${what}\u3002`, doc.source.file);
  }
  const documentText = doc.lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
  const spacing = learnSpacing(doc.lines.map((l) => l.text));
  let tasks = timed(t, "names", () => result.records.map((r) => normaliseRecord(r, { documentText, spacing })));
  const tableInfos = result.tables.map((t2) => {
    const rows = tasks.filter((x) => x.table === t2.index);
    return {
      index: t2.index,
      title: t2.title,
      headers: t2.headers,
      firstSeq: rows[0]?.seq ?? null,
      lastSeq: rows[rows.length - 1]?.seq ?? null,
      rowCount: rows.length,
      layout: t2.layout
    };
  });
  const fillStart = performance.now();
  tasks = fillDown(tasks, tableInfos.filter((t2) => !result.tables[t2.index]?.paragraphs));
  const diagnostics = [...doc.diagnostics, ...result.diagnostics];
  tasks = tasks.map((t2) => {
    const spec = result.tables[t2.table];
    const { task, diagnostic } = pairLeaders(t2, spec && !spec.paragraphs ? pairedUnitField(spec.columns) : null);
    if (diagnostic)
      diagnostics.push(diagnostic);
    return task;
  });
  if (options.aliases) {
    const aliased = applyAliases(tasks, options.aliases);
    tasks = aliased.tasks;
    diagnostics.push(...aliased.diagnostics);
  }
  const validateStart = performance.now();
  if (t)
    t.fill = (t.fill ?? 0) + validateStart - fillStart;
  for (const info of tableInfos) {
    diagnostics.push(...checkNumbering(tasks, info));
    const hasUnitColumns = info.headers.some((h) => h.field === "leadUnits" || h.field === "units" || h.field === "coUnits");
    for (const t2 of tasks)
      if (t2.table === info.index)
        diagnostics.push(...checkRecord(t2, hasUnitColumns));
  }
  const firstLine = result.records[0]?.source.line ?? null;
  const notice2 = extractNotice(doc.lines, firstLine, result.tables[0]?.title ?? null);
  const output = {
    source: doc.source,
    notice: notice2,
    tables: tableInfos,
    tasks,
    diagnostics: sortDiagnostics(diagnostics)
  };
  const checked = ResultSchema.safeParse(output);
  if (!checked.success) {
    throw new Error(`internal: output failed its schema: ${checked.error.message}`);
  }
  if (t)
    t.validate = (t.validate ?? 0) + performance.now() - validateStart;
  return checked.data;
}
function sortDiagnostics(d) {
  return d.map((x, i) => ({ x, i })).sort((a, b) => (a.x.table ?? -1) - (b.x.table ?? -1) || (a.x.line ?? a.x.page ?? 0) - (b.x.line ?? b.x.page ?? 0) || a.i - b.i).map((y) => y.x);
}

// dist/write/json.js
function toJson(result, indent = 2) {
  return JSON.stringify(result, null, indent) + "\n";
}

// dist/write/long.js
var import_fast_csv2 = __toESM(require_src(), 1);
var ROLES = ["lead", "unit", "co", "leader", "supervisor"];
var ROLE_FIELD = {
  lead: "leadUnits",
  unit: "units",
  co: "coUnits",
  leader: "leaders",
  supervisor: "supervisors"
};
var LONG_HEADERS = ["seq", "role", "name", "position"];
function longRows(result) {
  const rows = [];
  for (const t of result.tasks)
    for (const role of ROLES)
      t[ROLE_FIELD[role]].forEach((name, i) => rows.push({ table: t.table, seq: t.seq, role, name, position: i + 1 }));
  return rows;
}
async function toLongCsv(result, options = {}) {
  const multi = result.tables.length > 1;
  const header = multi ? ["table", ...LONG_HEADERS] : [...LONG_HEADERS];
  const body = longRows(result).map((r) => {
    const row = [String(r.seq), r.role, r.name, String(r.position)];
    return multi ? [String(r.table + 1), ...row] : row;
  });
  const text = await (0, import_fast_csv2.writeToString)([header, ...body], { quoteColumns: false, rowDelimiter: "\r\n" });
  return (options.bom === false ? "" : "\uFEFF") + text + "\r\n";
}
function toJsonl(result, options = {}) {
  const items = options.long ? longRows(result) : result.tasks;
  return items.map((x) => JSON.stringify(x) + "\n").join("");
}

// dist/cli/review.js
import { resolve } from "node:path";

// dist/write/atomic.js
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeAtomic(path, data) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
}

// dist/write/review/pages.js
var PAGE_IMAGE_DEFAULTS = {
  /** pixels per PDF point; 1.5 ≈ 108 dpi: a 10.5 pt character is 16 pixels tall */
  scale: 1.5,
  /**
   * the shades of grey of a page (black, white and two between, for the edges of strokes and for
   * shaded cells: a light fill such as 85 % grey stays visible as 192)
   */
  greys: [0, 96, 192, 255],
  /** a page image larger than this (bytes) is tried as lossy WebP too */
  maxBytes: 60 * 1024,
  /** lossy WebP quality 0–100, for pages over `maxBytes` */
  quality: 60,
  /** pages beyond this many are not rendered (the page links still work) */
  maxPages: 400
};
function toGreys(rgba, greys) {
  const nearest = new Uint8Array(256);
  for (let v = 0; v < 256; v++)
    nearest[v] = greys.reduce((a, b) => Math.abs(b - v) < Math.abs(a - v) ? b : a);
  const out = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const v = nearest[Math.round((rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114) / 1e3)];
    out[i] = out[i + 1] = out[i + 2] = v;
    out[i + 3] = 255;
  }
  return out;
}
var LOSSLESS = 100;
async function renderPdfPages(bytes, pageNumbers, options = {}) {
  const scale = options.scale ?? PAGE_IMAGE_DEFAULTS.scale;
  const quality = options.quality ?? PAGE_IMAGE_DEFAULTS.quality;
  const maxPages = options.maxPages ?? PAGE_IMAGE_DEFAULTS.maxPages;
  let canvasModule;
  let engine;
  try {
    canvasModule = await import("@napi-rs/canvas");
    engine = await loadEngine(options.engine);
  } catch (err) {
    return { pages: [], problem: `\u672A\u80FD\u52A0\u8F7D\u7ED8\u5236 PDF \u9875\u9762\u6240\u9700\u7684\u7EC4\u4EF6\uFF08${err.message}\uFF09\uFF0C\u9875\u9762\u56FE\u50CF\u6CA1\u6709\u751F\u6210\uFF1B\u8BF7\u6309\u201C\u7B2CN\u9875\u201D\u94FE\u63A5\u5BF9\u7167\u539F PDF\u3002` };
  }
  const wanted = [...new Set(pageNumbers)].filter((n) => n >= 1).sort((a, b) => a - b);
  const pages = [];
  let failed;
  try {
    ({ failed } = await engine.renderPages(bytes, wanted.slice(0, maxPages), scale, options.password !== void 0 ? { password: options.password } : {}, async (p) => {
      const encode = async (rgba, q) => {
        const canvas = canvasModule.createCanvas(p.pixelWidth, p.pixelHeight);
        canvas.getContext("2d").putImageData(new canvasModule.ImageData(rgba, p.pixelWidth, p.pixelHeight), 0, 0);
        return canvas.encode("webp", q);
      };
      let webp = await encode(toGreys(p.rgba, PAGE_IMAGE_DEFAULTS.greys), LOSSLESS);
      if (webp.length > PAGE_IMAGE_DEFAULTS.maxBytes) {
        const lossy = await encode(p.rgba, quality);
        if (lossy.length < webp.length)
          webp = lossy;
      }
      pages.push({ number: p.number, width: p.width, height: p.height, dataUri: `data:image/webp;base64,${webp.toString("base64")}` });
    }));
  } catch (err) {
    return { pages: [], problem: `\u65E0\u6CD5\u6253\u5F00 PDF \u4EE5\u7ED8\u5236\u9875\u9762\u56FE\u50CF\uFF08${err.message}\uFF09\uFF1B\u8BF7\u6309\u201C\u7B2CN\u9875\u201D\u94FE\u63A5\u5BF9\u7167\u539F PDF\u3002` };
  }
  const problems = [];
  if (wanted.length > maxPages)
    problems.push(`\u53EA\u7ED8\u5236\u4E86\u524D ${maxPages} \u9875\uFF08\u5171 ${wanted.length} \u9875\u6709\u4EFB\u52A1\uFF09\uFF0C\u5176\u4F59\u9875\u8BF7\u5BF9\u7167\u539F PDF`);
  if (failed.length)
    problems.push(`\u7B2C ${failed.join("\u3001")} \u9875\u7ED8\u5236\u5931\u8D25\uFF0C\u8BF7\u5BF9\u7167\u539F PDF`);
  return { pages, problem: problems.length ? problems.join("\uFF1B") + "\u3002" : null };
}

// dist/write/review/template.js
var CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
var STYLE = `
:root { --warn: #fff2cc; --warn-edge: #d6a300; --err: #f8cbad; --err-edge: #c0392b; --line: #c8ccd4; --muted: #6b7280; --active: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif; color: #1f2937; background: #f6f7f9; }
header.top { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
h1 { font-size: 18px; margin: 0 0 6px; }
h2 { font-size: 15px; margin: 16px 0 8px; }
dl.meta { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0 0 6px; font-size: 13px; }
dl.meta div { display: flex; gap: 4px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
dl.meta dd.hash { font-family: monospace; font-size: 12px; }
.toolbar { display: flex; gap: 18px; align-items: center; font-size: 13px; }
.toolbar label { cursor: pointer; user-select: none; }
.toolbar button { font: inherit; padding: 1px 10px; cursor: pointer; }
.summary b { color: var(--err-edge); }
.note { margin: 8px 20px 0; padding: 8px 12px; background: #fdecea; border: 1px solid var(--err-edge); border-radius: 4px; }
section.general { margin: 8px 20px 0; }
section.general ul { margin: 4px 0; padding-left: 20px; }
section.general summary { cursor: pointer; font-weight: bold; }
a.page-link.inline { display: inline; margin-left: 6px; }
main { display: flex; gap: 16px; padding: 0 20px 40px; align-items: flex-start; }
.tables { flex: 1 1 60%; min-width: 0; }
main.no-pages .tables { flex-basis: 100%; }
table.tasks { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
table.tasks th, table.tasks td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
table.tasks thead th { background: #d9e1f2; position: sticky; top: var(--header-height, 0px); z-index: 2; white-space: nowrap; }
table.tasks td.f-task { min-width: 18em; }
table.tasks td .v + .v { border-top: 1px dotted #e0e3e8; }
table.tasks td.inherited { color: var(--muted); font-style: italic; }
table.tasks td.f-seq { white-space: nowrap; }
tr.row { cursor: pointer; }
tr.row:hover td { background: #eef2ff; }
tr.row.level-warning td { background: var(--warn); }
tr.row.level-error td { background: var(--err); }
tr.row.active td { box-shadow: inset 0 2px 0 var(--active), inset 0 -2px 0 var(--active); }
tr.row.active td:first-child { box-shadow: inset 2px 2px 0 var(--active), inset 0 -2px 0 var(--active); }
.only-flagged tr.row:not(.flagged) { display: none; }
a.page-link { display: block; font-size: 12px; color: var(--active); }
span.where { display: block; font-size: 12px; color: var(--muted); }
.reason { margin: 0 0 2px; }
.badge { display: inline-block; padding: 0 4px; margin-right: 4px; border-radius: 3px; font-size: 12px; color: #fff; }
.badge.error { background: var(--err-edge); }
.badge.warning { background: var(--warn-edge); }
.badge.info { background: #6b7280; }
.reason code { color: var(--muted); font-size: 11px; margin-left: 4px; }
aside.pages { flex: 1 1 40%; position: sticky; top: var(--header-height, 0px); max-height: calc(100vh - var(--header-height, 0px)); overflow: auto; padding-top: 8px; }
figure.page { margin: 0 0 16px; }
figure.page figcaption { font-size: 12px; color: var(--muted); }
.page-frame { position: relative; border: 1px solid var(--line); background: #fff; }
.page-frame img { display: block; width: 100%; height: auto; }
.page-frame .box { position: absolute; border: 2px solid transparent; pointer-events: none; }
.page-frame .box.flagged { border-color: rgba(214, 163, 0, 0.55); }
.page-frame .box.active { border: 3px solid var(--err-edge); background: rgba(192, 57, 43, 0.08); }
.no-image { padding: 24px; color: var(--muted); }
`;
var SCRIPT = `
(function () {
  var body = document.body;
  var header = document.querySelector("header.top");
  function setHeaderHeight() { document.documentElement.style.setProperty("--header-height", header.offsetHeight + "px"); }
  setHeaderHeight();
  window.addEventListener("resize", setHeaderHeight);
  var toggle = document.getElementById("only-flagged");
  var shown = document.getElementById("shown-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  function update() {
    body.classList.toggle("only-flagged", toggle.checked);
    var n = rows.filter(function (r) { return r.offsetParent !== null; }).length;
    shown.textContent = "\u663E\u793A " + n + " \u884C";
  }
  toggle.addEventListener("change", update);
  update();
  var active = null;
  var pane = document.getElementById("pages");
  function select(row, scrollPage) {
    if (active) {
      active.classList.remove("active");
      var old = document.getElementById("box-" + active.id);
      if (old) old.classList.remove("active");
    }
    active = row;
    row.classList.add("active");
    var box = document.getElementById("box-" + row.id);
    if (box) {
      box.classList.add("active");
      if (scrollPage && pane) {
        // scroll only the page pane (scrollIntoView would move the whole window too)
        var offset = box.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        pane.scrollTop += offset - pane.clientHeight / 2 + box.offsetHeight / 2;
      }
    }
  }
  var flagged = rows.filter(function (r) { return r.classList.contains("flagged"); });
  function step(delta) {
    if (!flagged.length) return;
    var i = active ? flagged.indexOf(active) : -1;
    if (i < 0) {
      // from a row that is not flagged: the next flagged row below it (or above it, going back)
      var at = active ? rows.indexOf(active) : -1;
      var after = flagged.filter(function (r) { return rows.indexOf(r) > at; });
      var next = delta > 0 ? after[0] || flagged[0] : flagged.filter(function (r) { return rows.indexOf(r) < at; }).pop() || flagged[flagged.length - 1];
      i = flagged.indexOf(next) - delta;
    }
    var row = flagged[(i + delta + flagged.length) % flagged.length];
    select(row, true);
    row.scrollIntoView({ block: "center", behavior: "auto" });
  }
  document.getElementById("next-flagged").addEventListener("click", function () { step(1); });
  document.getElementById("prev-flagged").addEventListener("click", function () { step(-1); });
  rows.forEach(function (row) {
    row.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a.page-link");
      if (link && document.getElementById("box-" + row.id)) e.preventDefault();
      select(row, true);
    });
  });
})();
`;

// dist/write/review/render.js
var REVIEW_LAYOUT = {
  /** the list of diagnostics that belong to no row starts open when it is this short */
  openGeneralUpTo: 5
};
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function rowId(task, index) {
  return `r${task.table + 1}-${task.seq}-${index}`;
}
function pagesToRender(result) {
  const pages = result.tasks.map((t) => t.source.page).filter((p) => p !== void 0);
  if (!pages.length)
    return [];
  const first = Math.min(...pages);
  const last = Math.max(...pages);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
function metaItem(label2, value, cls = "") {
  if (value === null || value === void 0 || value === "")
    return "";
  return `<div><dt>${label2}</dt><dd${cls ? ` class="${cls}"` : ""}>${escapeHtml(String(value))}</dd></div>`;
}
function reasonHtml(d, after = "") {
  return `<div class="reason ${d.level}"><span class="badge ${d.level}">${LEVEL_LABEL[d.level]}</span>${escapeHtml(d.message)}<code>${escapeHtml(d.code)}</code>${after}</div>`;
}
function cellHtml(task, column, diagnostics, pageLink) {
  const cls = `f-${column.field}`;
  if (column.field === "remark") {
    const inheritedNote = remarkOf(task, []);
    const parts = [...inheritedNote ? [`<div class="reason">${escapeHtml(inheritedNote)}</div>`] : [], ...diagnostics.map((d) => reasonHtml(d))];
    return `<td class="${cls}">${parts.join("")}</td>`;
  }
  if (column.field === "seq")
    return `<td class="${cls}">${task.seq}${pageLink}</td>`;
  const inherited = task.inherited.includes(column.field);
  const values = cellValues(task, column.field).map((v) => `<div class="v">${escapeHtml(v)}</div>`);
  return `<td class="${cls}${inherited ? " inherited" : ""}"${inherited ? ' title="\u6CBF\u7528\u4E0A\u4E00\u884C\uFF08\u539F\u8868\u5408\u5E76\u5355\u5143\u683C\uFF09"' : ""}>${values.join("")}</td>`;
}
function locationHtml(task, id, pagesShown) {
  const page = task.source.page;
  if (page !== void 0) {
    const inner = `\u7B2C${page}\u9875`;
    return pagesShown.has(page) ? `<a class="page-link" href="#page-${page}" data-row="${id}">${inner}</a>` : `<span class="where page-ref">${inner}</span>`;
  }
  return task.source.line !== void 0 ? `<span class="where">\u7B2C${task.source.line}\u884C</span>` : "";
}
function tableHtml(result, tableIndex, rowIndex, pagesShown) {
  const table = result.tables[tableIndex];
  const tasks = result.tasks.filter((t) => t.table === tableIndex);
  const columns = tableColumns(table, tasks);
  const head = columns.map((c) => `<th class="f-${c.field}">${escapeHtml(c.label)}</th>`).join("");
  const body = tasks.map((task) => {
    const id = rowId(task, rowIndex.get(task));
    const diagnostics = rowDiagnostics(task, result.diagnostics);
    const level = worstLevel(diagnostics);
    const classes = ["row", level ? `level-${level}` : "", needsReview(level) ? "flagged" : ""].filter(Boolean).join(" ");
    const where = locationHtml(task, id, pagesShown);
    const cells = columns.map((c) => cellHtml(task, c, diagnostics, where)).join("");
    return `<tr id="${id}" class="${classes}" data-seq="${task.seq}"${task.source.page ? ` data-page="${task.source.page}"` : ""}>${cells}</tr>`;
  }).join("\n");
  const empty2 = tasks.length ? "" : `<tr class="empty"><td colspan="${columns.length}">\u672C\u8868\u6CA1\u6709\u7F16\u53F7\u7684\u4EFB\u52A1\u884C</td></tr>`;
  const title = `\u8868${table.index + 1}${table.title ? `\uFF1A${table.title}` : ""}`;
  return `<h2>${escapeHtml(title)}</h2>
<table class="tasks" data-table="${table.index}"><thead><tr>${head}</tr></thead>
<tbody>
${body}${empty2}
</tbody></table>`;
}
function pct(part, whole) {
  return `${(Math.round(part / whole * 1e4) / 100).toString()}%`;
}
function pagesHtml(result, pages, rowIndex) {
  return pages.map((p) => {
    const boxes = result.tasks.filter((t) => t.source.page === p.number && t.source.bbox).map((t) => {
      const [x0, top, x1, bottom] = t.source.bbox;
      const id = rowId(t, rowIndex.get(t));
      const flagged = needsReview(worstLevel(rowDiagnostics(t, result.diagnostics)));
      const style = `left:${pct(x0, p.width)};top:${pct(top, p.height)};width:${pct(x1 - x0, p.width)};height:${pct(bottom - top, p.height)}`;
      return `<div class="box${flagged ? " flagged" : ""}" id="box-${id}" style="${style}"></div>`;
    }).join("");
    return `<figure class="page" id="page-${p.number}"><figcaption>\u7B2C${p.number}\u9875</figcaption><div class="page-frame"><img src="${p.dataUri}" alt="\u7B2C${p.number}\u9875" width="${Math.round(p.width)}" height="${Math.round(p.height)}">${boxes}</div></figure>`;
  }).join("\n");
}
function renderReview(result, options = {}) {
  const pages = options.pages ?? [];
  const pagesShown = new Set(pages.map((p) => p.number));
  const rowIndex = new Map(result.tasks.map((t, i) => [t, i]));
  const levels = result.tasks.map((t) => worstLevel(rowDiagnostics(t, result.diagnostics)));
  const flagged = levels.filter(needsReview).length;
  const errors = levels.filter((l) => l === "error").length;
  const title = result.notice.title ?? result.tables[0]?.title ?? result.source.file;
  const meta = [
    metaItem("\u6587\u53F7", result.notice.docNumber),
    metaItem("\u53D1\u6587\u673A\u5173", result.notice.issuer),
    metaItem("\u53D1\u6587\u65E5\u671F", result.notice.date),
    metaItem("\u5E74\u5EA6", result.notice.year),
    metaItem("\u6E90\u6587\u4EF6", result.source.file),
    metaItem("\u683C\u5F0F", result.source.format + (result.source.pages ? `\uFF0C${result.source.pages} \u9875` : "")),
    metaItem("SHA-256", result.source.sha256, "hash")
  ].join("");
  const general = generalDiagnostics(result);
  const generalItem = (d) => {
    const where = d.page !== void 0 && pagesShown.has(d.page) ? ` <a class="page-link inline" href="#page-${d.page}">\u7B2C${d.page}\u9875</a>` : d.page !== void 0 ? `\uFF08\u7B2C${d.page}\u9875\uFF09` : d.line !== void 0 ? `\uFF08\u7B2C${d.line}\u884C\uFF09` : "";
    return `<li>${reasonHtml(d, where)}</li>`;
  };
  const generalHtml = general.length ? `<section class="general" id="general-diagnostics"><details${general.length <= REVIEW_LAYOUT.openGeneralUpTo ? " open" : ""}><summary>\u6574\u4F53\u8BCA\u65AD ${general.length} \u6761\uFF08\u4E0D\u5C5E\u4E8E\u67D0\u4E00\u884C\uFF09</summary><ul>${general.map(generalItem).join("")}</ul></details></section>` : "";
  const wantsPages = result.source.format === "pdf" && result.tasks.some((t) => t.source.page !== void 0);
  const problem = options.pageProblem ?? (wantsPages && !pages.length ? "\u672A\u751F\u6210\u9875\u9762\u56FE\u50CF\uFF1B\u8BF7\u6309\u201C\u7B2CN\u9875\u201D\u5BF9\u7167\u539F PDF\u3002" : null);
  const noteHtml = problem ? `<div class="note" id="page-note">${escapeHtml(problem)}</div>` : "";
  const tablesHtml = result.tables.map((t) => tableHtml(result, t.index, rowIndex, pagesShown)).join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fenjie">
<title>\u590D\u6838\uFF1A${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<dl class="meta">${meta}</dl>
<div class="toolbar">
<span class="summary" id="summary">\u5171 ${result.tasks.length} \u9879\u4EFB\u52A1\uFF0C<b>${flagged}</b> \u9879\u9700\u8981\u590D\u6838${errors ? `\uFF08\u5176\u4E2D\u9519\u8BEF ${errors} \u9879\uFF09` : ""}</span>
<label><input type="checkbox" id="only-flagged"> \u53EA\u770B\u9700\u8981\u590D\u6838\u7684\u884C\uFF08${flagged}\uFF09</label>
<span id="shown-count">\u663E\u793A ${result.tasks.length} \u884C</span>
<span><button type="button" id="prev-flagged"${flagged ? "" : " disabled"}>\u4E0A\u4E00\u5904</button> <button type="button" id="next-flagged"${flagged ? "" : " disabled"}>\u4E0B\u4E00\u5904</button> \u9700\u590D\u6838\u7684\u884C</span>
</div>
</header>
${noteHtml}
${generalHtml}
<main class="${pages.length ? "with-pages" : "no-pages"}">
<div class="tables">
${tablesHtml}
</div>
${pages.length ? `<aside class="pages" id="pages">
${pagesHtml(result, pages, rowIndex)}
</aside>` : ""}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// dist/write/review/index.js
async function buildReview(result, bytes, options = {}) {
  const wanted = result.source.format === "pdf" ? pagesToRender(result) : [];
  if (!wanted.length)
    return renderReview(result);
  if (options.pageImages === false || !bytes) {
    return renderReview(result, { pageProblem: "\u6309\u8981\u6C42\u672A\u5D4C\u5165\u9875\u9762\u56FE\u50CF\uFF1B\u8BF7\u6309\u201C\u7B2CN\u9875\u201D\u5BF9\u7167\u539F PDF\u3002" });
  }
  const { pages, problem } = await renderPdfPages(bytes, wanted, options);
  return renderReview(result, { pages, pageProblem: problem });
}

// dist/cli/engine.js
function engineOption() {
  return new Option("--engine <engine>", "\u8BFB\u53D6 PDF \u7684\u5F15\u64CE\uFF1Apdfium\uFF08\u9ED8\u8BA4\uFF0C\u66F4\u5FEB\uFF09\u6216 pdfjs / PDF engine: pdfium (default, faster) or pdfjs").choices([...PDF_ENGINES]).default(DEFAULT_PDF_ENGINE);
}

// dist/cli/review.js
async function runReview(file, flags) {
  if (resolve(flags.output) === resolve(file)) {
    throw new FenjieError("OUTPUT_IS_INPUT", `\u8F93\u51FA\u6587\u4EF6\u4E0D\u80FD\u4E0E\u8F93\u5165\u6587\u4EF6\u76F8\u540C\uFF1A${flags.output}\u3002\u8BF7\u6362\u4E00\u4E2A\u8F93\u51FA\u8DEF\u5F84\u3002`, file);
  }
  const scale = Number(flags.pageScale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 6) {
    throw new FenjieError("USAGE", `--page-scale \u5E94\u4E3A 0 \u5230 6 \u4E4B\u95F4\u7684\u6570\uFF0C\u6536\u5230\uFF1A${flags.pageScale}\u3002`);
  }
  const bytes = await loadFile(file);
  const password = flags.password ? { password: flags.password } : {};
  const result = await parse(bytes, { layout: flags.layout, fileName: file, engine: flags.engine, ...password });
  const html = await buildReview(result, bytes, { pageImages: flags.pageImages, scale, engine: flags.engine, ...password });
  await writeAtomic(flags.output, html);
  if (!flags.quiet) {
    const flagged = result.tasks.filter((t) => needsReview(worstLevel(rowDiagnostics(t, result.diagnostics)))).length;
    process.stderr.write(`\u5DF2\u5199\u5165 ${flags.output}\uFF1A${result.tasks.length} \u9879\u4EFB\u52A1\uFF0C${flagged} \u9879\u9700\u8981\u590D\u6838\u3002
`);
  }
}
function registerReview(program2) {
  program2.command("review").description("\u751F\u6210\u4F9B\u4EBA\u5DE5\u6838\u5BF9\u7684 HTML \u9875\u9762\uFF08\u5355\u4E2A\u6587\u4EF6\uFF0C\u4E0D\u8054\u7F51\uFF09/ write a self-contained HTML page to check a notice's table against the original").argument("<FILE>", "\u901A\u77E5\u6587\u4EF6\u8DEF\u5F84\uFF08PDF \u6216\u6587\u672C\uFF09").requiredOption("-o, --output <file>", "\u8F93\u51FA\u7684 HTML \u6587\u4EF6 / the HTML file to write").option("--layout <layout>", "\u5F3A\u5236\u4F7F\u7528\u67D0\u79CD\u7248\u5F0F / force a layout", "auto").option("--password <password>", "\u52A0\u5BC6 PDF \u7684\u5BC6\u7801 / password of an encrypted PDF").addOption(engineOption()).option("--no-page-images", "PDF \u8F93\u5165\u65F6\u4E0D\u5D4C\u5165\u9875\u9762\u56FE\u50CF / do not embed PDF page images").option("--page-scale <n>", "\u9875\u9762\u56FE\u50CF\u7F29\u653E\uFF08\u6BCF\u4E2A PDF \u70B9\u7684\u50CF\u7D20\u6570\uFF09/ pixels per PDF point", String(PAGE_IMAGE_DEFAULTS.scale)).option("-q, --quiet", "\u4E0D\u6253\u5370\u6458\u8981 / no summary on stderr").action(async (file, flags) => {
    await runReview(file, flags);
  });
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key2) => key2 in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version3 = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version3 >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open3, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open3;
    closeAll = close;
  } else {
    openAll = parent.openAll + open3;
    closeAll = close + parent.closeAll;
  }
  return {
    open: open3,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// dist/cli/report.js
var LEVEL_LABEL2 = { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A" };
function formatDiagnostic(d, file, color) {
  const c = new Chalk({ level: color ? 1 : 0 });
  const where = [file, d.page ? `\u7B2C${d.page}\u9875` : "", d.line ? `\u7B2C${d.line}\u884C` : "", d.table !== void 0 ? `\u8868${d.table + 1}` : "", d.seq !== void 0 ? `\u5E8F\u53F7${d.seq}` : ""].filter(Boolean).join(" ");
  const paint = d.level === "error" ? c.red : d.level === "warning" ? c.yellow : c.cyan;
  return `${paint(`${LEVEL_LABEL2[d.level]} ${d.code}`)} ${c.dim(where)}: ${d.message}`;
}

// dist/cli/batch.js
import { availableParallelism } from "node:os";

// dist/batch/progress.js
var PLAIN_INTERVAL_MS = 5e3;
var BAR_REDRAW_MS = 100;
var BAR_WIDTH = 24;
function formatDuration(seconds) {
  if (!Number.isFinite(seconds))
    return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
function rateAndEta(p) {
  const secs = p.elapsedMs / 1e3;
  const rate = secs > 0 ? p.done / secs : 0;
  const eta = rate > 0 ? (p.total - p.done) / rate : Infinity;
  return { rate, eta };
}
function formatBar(p, width = BAR_WIDTH) {
  const { rate, eta } = rateAndEta(p);
  const filled = p.total ? Math.round(p.done / p.total * width) : width;
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  return `[${bar}] ${String(p.done).padStart(String(p.total).length)}/${p.total}  ${rate.toFixed(1)} files/s  ETA ${formatDuration(eta)}  ${p.failures} failed`;
}
function formatLine(p) {
  const { rate, eta } = rateAndEta(p);
  const pct2 = p.total ? Math.floor(p.done / p.total * 100) : 100;
  return `fenjie batch: ${p.done}/${p.total} files (${pct2}%), ${rate.toFixed(1)} files/s, ETA ${formatDuration(eta)}, ${p.failures} failed`;
}
var ProgressReporter = class {
  out;
  mode;
  intervalMs;
  lastWrite = -Infinity;
  lastDone = -1;
  drawn = false;
  constructor(out, mode, intervalMs = mode === "bar" ? BAR_REDRAW_MS : PLAIN_INTERVAL_MS) {
    this.out = out;
    this.mode = mode;
    this.intervalMs = intervalMs;
  }
  /** `last`: the batch is over (done or stopped by --fail-fast); write the state unless it was just written. */
  update(p, last = false) {
    if (this.mode === "off")
      return;
    const final = p.done === p.total || last;
    if (final ? this.lastDone === p.done : p.elapsedMs - this.lastWrite < this.intervalMs)
      return;
    this.lastWrite = p.elapsedMs;
    this.lastDone = p.done;
    if (this.mode === "bar") {
      this.out.write(`\r\x1B[2K${formatBar(p)}`);
      this.drawn = true;
    } else {
      this.out.write(formatLine(p) + "\n");
    }
  }
  /** End the bar's line so the summary starts on a fresh one. */
  finish() {
    if (this.mode === "bar" && this.drawn)
      this.out.write("\n");
    this.drawn = false;
  }
};

// dist/batch/run.js
import { createHash as createHash2 } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open as open2, readFile as readFile2, stat as stat4, unlink as unlink2 } from "node:fs/promises";
import { join as join3, resolve as resolve5 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Piscina } from "piscina";

// dist/batch/dataset.js
var import_fast_csv3 = __toESM(require_src(), 1);
function datasetRows(result) {
  const { docNumber, issuer, year } = result.notice;
  return result.tasks.map((t) => ({
    file: result.source.file,
    docNumber,
    issuer,
    year,
    table: t.table,
    seq: t.seq,
    section: t.section,
    task: t.task,
    leadUnits: t.leadUnits,
    units: t.units,
    coUnits: t.coUnits,
    leaders: t.leaders,
    supervisors: t.supervisors,
    inherited: t.inherited,
    ...t.assignments ? { assignments: t.assignments } : {},
    line: t.source.line ?? null,
    page: t.source.page ?? null,
    remark: remarkOf(t, result.diagnostics)
  }));
}
function toJsonl2(rows) {
  return rows.map((r) => JSON.stringify(r) + "\n").join("");
}
var DATASET_CSV_COLUMNS = [
  "file",
  "docNumber",
  "issuer",
  "year",
  "table",
  "seq",
  "section",
  "task",
  "leadUnits",
  "units",
  "coUnits",
  "leaders",
  "supervisors",
  "inherited",
  "line",
  "page",
  "remark"
];
var DATASET_JOIN = "\uFF1B";
var cellOf = (v, join5) => v === null || v === void 0 ? "" : Array.isArray(v) ? v.join(join5) : String(v);
async function datasetCsvHeader() {
  return "\uFEFF" + await (0, import_fast_csv3.writeToString)([[...DATASET_CSV_COLUMNS]]) + "\r\n";
}
async function datasetCsvLines(rows, join5 = DATASET_JOIN) {
  if (!rows.length)
    return "";
  const table = rows.map((r) => DATASET_CSV_COLUMNS.map((c) => cellOf(r[c], join5)));
  return await (0, import_fast_csv3.writeToString)(table, { rowDelimiter: "\r\n" }) + "\r\n";
}
async function piecesOf(result) {
  const rows = datasetRows(result);
  return { json: toJson(result), jsonl: toJsonl2(rows), csv: await datasetCsvLines(rows) };
}

// dist/batch/discover.js
import { open, readdir as readdir2, stat as stat3 } from "node:fs/promises";
import { extname, isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat as stat2, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname2, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat6) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat6.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat6, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat6 = fs.statSync(resolvedPath);
    if (stat6.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat6, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat6, resolvedPath) => {
          if (stat6.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key2 in defaultOptions) if (opts[key2] === void 0) Object.assign(opts, { [key2]: defaultOptions[key2] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat2,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}

// dist/batch/discover.js
var INPUT_EXTENSIONS = [".txt", ".text", ".pdf", ".tsv", ".csv", ".md"];
var SNIFF_BYTES = 8192;
var BINARY_CONTROL_SHARE = 0.01;
function sniffKind(head) {
  if (head.length === 0)
    return "empty";
  const latin = Buffer.from(head.subarray(0, 1024)).toString("latin1");
  if (latin.includes("%PDF-"))
    return "pdf";
  const bom8 = head[0] === 239 && head[1] === 187 && head[2] === 191;
  const bom16 = head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255;
  if (bom8 || bom16)
    return "text";
  const n = head.length & ~1;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      if (i < n)
        i % 2 === 0 ? evenNul++ : oddNul++;
    }
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)
      control++;
  }
  const pairs = Math.max(1, n / 2);
  const utf16 = oddNul / pairs > 0.3 && evenNul / pairs < 0.05 || evenNul / pairs > 0.3 && oddNul / pairs < 0.05;
  if (utf16)
    return "text";
  return control / head.length > BINARY_CONTROL_SHARE ? "binary" : "text";
}
async function readHead(path) {
  try {
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
      return new Uint8Array(buf.subarray(0, bytesRead));
    } finally {
      await fh.close();
    }
  } catch {
    return null;
  }
}
function displayPath(abs, cwd) {
  const rel = relative2(cwd, abs);
  const shown = rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : abs;
  return shown.split(sep2).join("/");
}
async function walk(dir, skip, out) {
  const entries = await readdir2(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith("."))
      continue;
    const p = join2(dir, e.name);
    if (skip(p))
      continue;
    if (e.isDirectory())
      await walk(p, skip, out);
    else if (e.isFile() || e.isSymbolicLink())
      out.push(p);
  }
}
async function discoverInputs(args, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const excluded = (options.exclude ?? []).map((p) => resolve4(cwd, p));
  const isExcluded = (p) => excluded.some((x) => p === x || p.startsWith(x + sep2));
  const explicit = /* @__PURE__ */ new Set();
  const candidates = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const arg of args) {
    const abs = resolve4(cwd, arg);
    const info = await stat3(abs).catch(() => null);
    if (info?.isFile()) {
      explicit.add(abs);
      continue;
    }
    if (info?.isDirectory()) {
      const found2 = [];
      await walk(abs, isExcluded, found2);
      found2.forEach((f) => candidates.add(f));
      if (!found2.length)
        unmatched.push(arg);
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found2 = await glob(arg.split(sep2).join("/"), { cwd, absolute: true, onlyFiles: true, dot: false });
      const kept = found2.map((f) => resolve4(f)).filter((f) => !isExcluded(f));
      kept.forEach((f) => candidates.add(f));
      if (!kept.length)
        unmatched.push(arg);
      continue;
    }
    explicit.add(abs);
  }
  const inputs = [];
  const ignored = [];
  for (const abs of explicit)
    inputs.push({ path: abs, file: displayPath(abs, cwd) });
  for (const abs of candidates) {
    if (explicit.has(abs))
      continue;
    const file = displayPath(abs, cwd);
    if (INPUT_EXTENSIONS.includes(extname(abs).toLowerCase())) {
      inputs.push({ path: abs, file });
      continue;
    }
    const head = await readHead(abs);
    const kind = head ? sniffKind(head) : "text";
    if (kind === "binary")
      ignored.push({ file, reason: "\u65E2\u4E0D\u662F PDF \u4E5F\u4E0D\u662F\u6587\u672C\uFF08\u6309\u5185\u5BB9\u5224\u65AD\uFF09\uFF0C\u5DF2\u8DF3\u8FC7" });
    else
      inputs.push({ path: abs, file });
  }
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return { inputs: inputs.sort(byFile), ignored: ignored.sort(byFile), unmatched };
}

// dist/batch/naming.js
import { createHash } from "node:crypto";
var FOLDER_JOIN = "__";
var UNSAFE = /[<>:"\\|?*\u0000-\u001F]/g;
var MAX_NAME_CHARS = 120;
function baseName(file) {
  const parts = file.split("/").filter((p) => p && p !== ".").map((p) => p === ".." ? "up" : p.replace(UNSAFE, "_"));
  let name = parts.join(FOLDER_JOIN) || "input";
  if (name.length > MAX_NAME_CHARS)
    name = name.slice(name.length - MAX_NAME_CHARS);
  return name;
}
var shortHash = (s) => createHash("sha256").update(s).digest("hex").slice(0, 8);
function outputNames(files) {
  const bases = files.map(baseName);
  const count = /* @__PURE__ */ new Map();
  for (const b of bases)
    count.set(b.toLowerCase(), (count.get(b.toLowerCase()) ?? 0) + 1);
  return bases.map((b, i) => (count.get(b.toLowerCase()) ?? 0) > 1 ? `${b}-${shortHash(files[i])}.json` : `${b}.json`);
}

// dist/batch/status.js
var STATUSES = ["ok", "warnings", "no_table", "unreadable", "failed", "not_run"];
var STATUS_LABEL = {
  ok: "ok",
  warnings: "ok with warnings",
  no_table: "no table",
  unreadable: "unreadable",
  failed: "failed",
  not_run: "not run"
};
var FAILED_STATUSES = /* @__PURE__ */ new Set(["no_table", "unreadable", "failed"]);
function countDiagnostics(diagnostics) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics)
    c[d.level]++;
  return c;
}
function statusOfResult(result) {
  return result.diagnostics.some((d) => d.level === "warning" || d.level === "error") ? "warnings" : "ok";
}
function statusOfError(code) {
  if (code === "NO_TABLE")
    return "no_table";
  if (code === "INTERNAL" || code === "TIMEOUT" || code === "OUT_OF_MEMORY" || code === "USAGE" || code === "OUTPUT_IS_INPUT")
    return "failed";
  if (code === "CANCELLED")
    return "not_run";
  return "unreadable";
}

// dist/batch/summary.js
function recordOfResult(result, output) {
  return {
    file: result.source.file,
    output,
    status: statusOfResult(result),
    code: null,
    message: null,
    sha256: result.source.sha256,
    format: result.source.format,
    tables: result.tables.length,
    tasks: result.tasks.length,
    diagnostics: countDiagnostics(result.diagnostics),
    docNumber: result.notice.docNumber,
    issuer: result.notice.issuer,
    year: result.notice.year
  };
}
function recordOfFailure(file, status, code, message, sha256, format) {
  return {
    file,
    output: null,
    status,
    code,
    message,
    sha256,
    format,
    tables: 0,
    tasks: 0,
    diagnostics: { error: 0, warning: 0, info: 0 },
    docNumber: null,
    issuer: null,
    year: null
  };
}
function totalsOf(records) {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const diagnostics = { error: 0, warning: 0, info: 0 };
  let tasks = 0;
  for (const r of records) {
    byStatus[r.status]++;
    tasks += r.tasks;
    diagnostics.error += r.diagnostics.error;
    diagnostics.warning += r.diagnostics.warning;
    diagnostics.info += r.diagnostics.info;
  }
  const failed = records.filter((r) => FAILED_STATUSES.has(r.status)).length;
  return { files: records.length, byStatus, failed, tasks, diagnostics };
}
function summaryJson(summary) {
  return JSON.stringify(summary, null, 2) + "\n";
}
function displayWidth(s) {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}
var padEnd = (s, width) => s + " ".repeat(Math.max(0, width - displayWidth(s)));
var padStart = (s, width) => " ".repeat(Math.max(0, width - displayWidth(s))) + s;
function renderTable(header, rows, rightAligned) {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells) => cells.map((c, i) => rightAligned[i] ? padStart(c, widths[i]) : padEnd(c, widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function renderSummary(summary, times) {
  const rows = summary.files.map((r) => {
    const t2 = times.get(r.file);
    return [
      STATUS_LABEL[r.status],
      String(r.tasks),
      `${r.diagnostics.error}/${r.diagnostics.warning}/${r.diagnostics.info}`,
      t2 === void 0 ? "-" : t2 === null ? "unchanged" : formatMs(t2),
      r.file + (r.code ? `  [${r.code}]` : "")
    ];
  });
  const table = renderTable(["status", "tasks", "E/W/I", "time", "file"], rows, [false, true, true, true, false]);
  const t = summary.totals;
  const parts = STATUSES.filter((s) => t.byStatus[s] > 0).map((s) => `${t.byStatus[s]} ${STATUS_LABEL[s]}`);
  const totals = `${t.files} files: ${parts.join(", ") || "none"}; ${t.tasks} tasks; diagnostics ${t.diagnostics.error} errors, ${t.diagnostics.warning} warnings, ${t.diagnostics.info} info
`;
  const ignored = summary.ignored.length ? `ignored (not PDF or text): ${summary.ignored.map((i) => i.file).join(", ")}
` : "";
  return table + totals + ignored;
}

// dist/batch/run.js
var DEFAULT_TIMEOUT_S = 120;
var DEFAULT_MAX_MEMORY_MB = 1024;
var BATCH_FILES = {
  notices: "notices",
  jsonl: "tasks.jsonl",
  csv: "tasks.csv",
  summary: "summary.json",
  run: "run.json"
};
function workerFile() {
  const beside = fileURLToPath2(new URL("./worker.js", import.meta.url));
  if (existsSync(beside))
    return beside;
  const built = fileURLToPath2(new URL("../../dist/batch/worker.js", import.meta.url));
  if (existsSync(built))
    return built;
  throw new Error("fenjie batch: compiled worker not found (dist/batch/worker.js); run `npm run build` first");
}
async function hashFile(path) {
  try {
    if (!(await stat4(path)).isFile())
      return null;
    const hash = createHash2("sha256");
    for await (const chunk of createReadStream(path))
      hash.update(chunk);
    return hash.digest("hex");
  } catch {
    return null;
  }
}
async function loadPrevious(path) {
  try {
    const s = JSON.parse(await readFile2(path, "utf8"));
    return Array.isArray(s.files) ? s : null;
  } catch {
    return null;
  }
}
async function loadResult(path) {
  try {
    const checked = ResultSchema.safeParse(JSON.parse(await readFile2(path, "utf8")));
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}
var sameOptions = (a, b) => !!a && a.layout === b.layout && a.password === b.password && a.aliases === b.aliases;
function aliasHash(aliases) {
  const pairs = [...aliases].sort((x, y) => x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  return createHash2("sha256").update(JSON.stringify(pairs)).digest("hex");
}
var REUSABLE = /* @__PURE__ */ new Set(["ok", "warnings", "no_table", "unreadable"]);
async function runBatch(options) {
  const started = performance.now();
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve5(cwd, options.outDir);
  const noticesDir = join3(outDir, BATCH_FILES.notices);
  const parseOptions = {
    layout: options.layout ?? "auto",
    password: !!options.password,
    aliases: options.aliases ? aliasHash(options.aliases) : null
  };
  const discovery = await discoverInputs(options.inputs, { cwd, exclude: [outDir] });
  try {
    await mkdir(noticesDir, { recursive: true });
  } catch (err) {
    const code = err.code ?? String(err);
    throw new FenjieError("USAGE", `\u65E0\u6CD5\u521B\u5EFA\u8F93\u51FA\u6587\u4EF6\u5939\uFF1A${options.outDir}\uFF08${code}\uFF09\u3002\u8BF7\u6362\u4E00\u4E2A\u6587\u4EF6\u5939\u8DEF\u5F84\uFF08\u4E0D\u80FD\u662F\u5DF2\u5B58\u5728\u7684\u6587\u4EF6\uFF09\u3002`);
  }
  const previous = await loadPrevious(join3(outDir, BATCH_FILES.summary));
  const reusable = previous && previous.fenjie === options.fenjieVersion && sameOptions(previous.options, parseOptions) && !options.force;
  const prevByFile = new Map((previous?.files ?? []).map((r) => [r.file, r]));
  const names = outputNames(discovery.inputs.map((i) => i.file));
  const slots = [];
  for (const [i, input] of discovery.inputs.entries()) {
    const slot = { input, name: names[i], sha256: await hashFile(input.path), ms: null };
    const prev = prevByFile.get(input.file);
    if (reusable && prev && slot.sha256 && prev.sha256 === slot.sha256 && REUSABLE.has(prev.status) && prev.code !== "INPUT_TOO_LARGE") {
      if (prev.output) {
        const result = await loadResult(join3(outDir, prev.output));
        if (result) {
          const pieces = await piecesOf(result);
          slot.record = recordOfResult(result, `${BATCH_FILES.notices}/${slot.name}`);
          slot.jsonl = pieces.jsonl;
          slot.csv = pieces.csv;
          if (prev.output !== slot.record.output)
            await writeAtomic(join3(noticesDir, slot.name), pieces.json);
        }
      } else {
        slot.record = { ...prev };
      }
    }
    slots.push(slot);
  }
  const total = slots.length;
  let done = slots.filter((s) => s.record).length;
  let failures = slots.filter((s) => s.record && FAILED_STATUSES.has(s.record.status)).length;
  const report2 = (last = false) => options.progress?.update({ done, total, failures, elapsedMs: performance.now() - started }, last);
  report2();
  const ticker = setInterval(() => report2(), 1e3);
  ticker.unref();
  const stop = new AbortController();
  if (options.failFast && failures > 0)
    stop.abort();
  const todo = slots.filter((s) => !s.record);
  const jobs = Math.max(1, Math.min(options.jobs, todo.length || 1));
  const pool = todo.length && !stop.signal.aborted ? new Piscina({
    filename: workerFile(),
    workerData: await sharedWorkerData(todo, options.engine),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1e3,
    // a worker past its heap limit dies alone (ERR_WORKER_OUT_OF_MEMORY); piscina starts a new one
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB }
  }) : null;
  const finish = async (slot, outcome) => {
    slot.ms = outcome.ms;
    if (outcome.ok) {
      slot.record = outcome.record;
      slot.jsonl = outcome.jsonl;
      slot.csv = outcome.csv;
    } else {
      const format = slot.sha256 === null ? null : await sniffFormat(slot.input.path);
      slot.record = recordOfFailure(slot.input.file, statusOfError(outcome.code), outcome.code, outcome.message, slot.sha256, format);
      await unlink2(join3(noticesDir, slot.name)).catch(() => void 0);
    }
    done++;
    if (FAILED_STATUSES.has(slot.record.status)) {
      failures++;
      if (options.failFast)
        stop.abort();
    }
    report2();
  };
  let next = 0;
  const lane = async () => {
    while (pool && next < todo.length && !stop.signal.aborted) {
      const slot = todo[next++];
      const task = {
        path: slot.input.path,
        file: slot.input.file,
        jsonPath: join3(noticesDir, slot.name),
        output: `${BATCH_FILES.notices}/${slot.name}`,
        options: {
          layout: parseOptions.layout,
          ...options.password ? { password: options.password } : {},
          ...options.engine ? { engine: options.engine } : {},
          ...options.aliases ? { aliases: options.aliases } : {},
          ...options.limits ? { limits: options.limits } : {}
        }
      };
      const timeout = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : null;
      const signal = timeout ? AbortSignal.any([stop.signal, timeout]) : stop.signal;
      const t0 = performance.now();
      let outcome;
      try {
        outcome = await pool.run(task, { signal });
      } catch (err) {
        const ms = Math.round(performance.now() - t0);
        const oom = err?.code === "ERR_WORKER_OUT_OF_MEMORY";
        const code = timeout?.aborted ? "TIMEOUT" : stop.signal.aborted ? "CANCELLED" : oom ? "OUT_OF_MEMORY" : "INTERNAL";
        const message = code === "TIMEOUT" ? `\u5904\u7406\u8D85\u65F6\uFF08\u8D85\u8FC7 ${options.timeoutMs / 1e3} \u79D2\uFF09\uFF1A${slot.input.file}\u3002\u53EF\u7528 --timeout \u653E\u5BBD\u65F6\u9650\uFF0C\u6216\u5355\u72EC\u7528 fenjie parse \u68C0\u67E5\u8BE5\u6587\u4EF6\u3002` : code === "OUT_OF_MEMORY" ? `\u5185\u5B58\u4E0D\u8DB3\uFF08\u8D85\u8FC7 ${options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB} MB\uFF09\uFF1A${slot.input.file}\u3002\u53EF\u7528 --max-memory \u653E\u5BBD\u4E0A\u9650\uFF0C\u6216\u5355\u72EC\u7528 fenjie parse \u68C0\u67E5\u8BE5\u6587\u4EF6\u3002` : code === "CANCELLED" ? `\u56E0 --fail-fast \u5728\u5176\u4ED6\u6587\u4EF6\u5931\u8D25\u540E\u4E2D\u6B62\uFF1A${slot.input.file}\u3002` : `\u5185\u90E8\u9519\u8BEF\uFF08\u8FD9\u662F fenjie \u7684\u7F3A\u9677\uFF0C\u8BF7\u9644\u4E0A\u8F93\u5165\u6587\u4EF6\u62A5\u544A\uFF09\uFF1A${err?.message ?? String(err)}`;
        outcome = { ok: false, code, message, ms };
      }
      if (outcome.ok || outcome.code !== "CANCELLED")
        await finish(slot, outcome);
      else
        slot.ms = outcome.ms;
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    clearInterval(ticker);
    await pool?.destroy();
  }
  report2(true);
  options.progress?.finish();
  for (const slot of slots) {
    slot.record ??= recordOfFailure(slot.input.file, "not_run", "CANCELLED", `\u672A\u5904\u7406\uFF1A--fail-fast \u5728\u5176\u4ED6\u6587\u4EF6\u5931\u8D25\u540E\u505C\u6B62\u4E86\u6279\u5904\u7406\u3002`, slot.sha256, null);
  }
  const records = slots.map((s) => s.record);
  const summary = {
    fenjie: options.fenjieVersion,
    options: parseOptions,
    totals: totalsOf(records),
    files: records,
    ignored: discovery.ignored
  };
  await writeAtomic(join3(outDir, BATCH_FILES.jsonl), slots.map((s) => s.jsonl ?? "").join(""));
  await writeAtomic(join3(outDir, BATCH_FILES.csv), await datasetCsvHeader() + slots.map((s) => s.csv ?? "").join(""));
  await writeAtomic(join3(outDir, BATCH_FILES.summary), summaryJson(summary));
  const current = new Set(records.map((r) => r.output).filter((o) => !!o));
  for (const old of previous?.files ?? []) {
    if (old.output && !current.has(old.output) && old.output.startsWith(`${BATCH_FILES.notices}/`)) {
      await unlink2(join3(outDir, old.output)).catch(() => void 0);
    }
  }
  const elapsedMs = Math.round(performance.now() - started);
  const times = new Map(slots.filter((s) => s.record?.status !== "not_run").map((s) => [s.input.file, s.ms]));
  const run = {
    startedAt,
    elapsedMs,
    jobs,
    files: slots.map((s) => ({ file: s.input.file, ms: s.ms, skipped: s.ms === null && s.record?.status !== "not_run" }))
  };
  await writeAtomic(join3(outDir, BATCH_FILES.run), JSON.stringify(run, null, 2) + "\n");
  const exitCode = summary.totals.failed > 0 || summary.totals.byStatus.not_run > 0 ? EXIT.batchFailures : EXIT.ok;
  return { summary, times, elapsedMs, exitCode, unmatched: discovery.unmatched };
}
async function sharedWorkerData(todo, engine) {
  if ((engine ?? DEFAULT_PDF_ENGINE) !== "pdfium")
    return {};
  for (const slot of todo) {
    if (await sniffFormat(slot.input.path) === "pdf") {
      const { compiledPdfium, WORKER_DATA_KEY } = await import("./pdfium-wasm-X2YWB5YW.js");
      return { [WORKER_DATA_KEY]: await compiledPdfium() };
    }
  }
  return {};
}
async function sniffFormat(path) {
  try {
    const handle = await open2(path, "r");
    try {
      const buf = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead).toString("latin1").includes("%PDF-") ? "pdf" : "txt";
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

// dist/cli/version.js
import { readFileSync } from "node:fs";
function version() {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

// dist/cli/batch.js
function positiveNumber(value, flag) {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new FenjieError("USAGE", `${flag} \u9700\u8981\u4E00\u4E2A\u6B63\u6570\uFF0C\u6536\u5230\uFF1A${value}\u3002`);
  return n;
}
function registerBatch(program2) {
  program2.command("batch").description("\u6279\u91CF\u89E3\u6790\uFF1A\u6587\u4EF6\u3001\u6587\u4EF6\u5939\uFF08\u9012\u5F52\uFF09\u6216\u901A\u914D\u7B26 \u2192 \u6BCF\u4EFD\u901A\u77E5\u7684 JSON \u4E0E\u5408\u5E76\u6570\u636E\u96C6 / parse many notices into one dataset").argument("<INPUT...>", "\u6587\u4EF6\u3001\u6587\u4EF6\u5939\u6216\u901A\u914D\u7B26\uFF08\u5982 'data/**/*.pdf'\uFF09/ files, folders, globs").requiredOption("-o, --output <dir>", "\u8F93\u51FA\u6587\u4EF6\u5939 / output folder").option("-j, --jobs <n>", `\u5E76\u884C\u7EBF\u7A0B\u6570\uFF08\u9ED8\u8BA4 CPU \u6838\u6570 ${availableParallelism()}\uFF09/ worker threads`).option("--force", "\u91CD\u65B0\u5904\u7406\u6240\u6709\u6587\u4EF6\uFF0C\u5373\u4F7F\u5185\u5BB9\u4E0E fenjie \u7248\u672C\u5747\u672A\u53D8 / redo unchanged inputs").option("--fail-fast", "\u9047\u5230\u7B2C\u4E00\u4E2A\u5931\u8D25\u7684\u6587\u4EF6\u5373\u505C\u6B62 / stop at the first failed input").option("--timeout <seconds>", `\u5355\u4E2A\u6587\u4EF6\u7684\u5904\u7406\u65F6\u9650\uFF08\u79D2\uFF0C\u9ED8\u8BA4 ${DEFAULT_TIMEOUT_S}\uFF0C0 \u8868\u793A\u4E0D\u9650\uFF09/ time limit per input (0: none)`).option("--max-memory <MB>", `\u5355\u4E2A\u6587\u4EF6\u7684\u5185\u5B58\u4E0A\u9650\uFF08MB\uFF0C\u9ED8\u8BA4 ${DEFAULT_MAX_MEMORY_MB}\uFF09/ heap limit per worker`).option("--max-size <MB>", "\u8F93\u5165\u6587\u4EF6\u5927\u5C0F\u4E0A\u9650\uFF08MB\uFF0C\u540C fenjie parse --max-size\uFF09/ largest input accepted").option("--layout <layout>", "\u5F3A\u5236\u4F7F\u7528\u67D0\u79CD\u7248\u5F0F / force a layout", "auto").option("--password <password>", "\u52A0\u5BC6 PDF \u7684\u5BC6\u7801 / password of encrypted PDFs").addOption(engineOption()).option("--aliases <file>", "\u522B\u540D\u8868\uFF08\u540C fenjie parse --aliases\uFF09/ alias table applied to every notice").option("--no-progress", "\u4E0D\u663E\u793A\u8FDB\u5EA6 / no progress output").addOption(new Option("-q, --quiet", "\u4E0D\u6253\u5370\u6C47\u603B\u8868 / do not print the summary table")).action(async (inputs, flags) => {
    const jobs = flags.jobs ? Math.floor(positiveNumber(flags.jobs, "--jobs")) : availableParallelism();
    const timeoutS = flags.timeout === void 0 ? DEFAULT_TIMEOUT_S : flags.timeout.trim() === "0" ? 0 : positiveNumber(flags.timeout, "--timeout");
    const timeoutMs = timeoutS ? Math.round(timeoutS * 1e3) : void 0;
    const maxMemoryMb = flags.maxMemory ? Math.round(positiveNumber(flags.maxMemory, "--max-memory")) : void 0;
    const maxSize = parseMaxSize(flags.maxSize);
    const aliases = flags.aliases ? await loadAliases(flags.aliases) : void 0;
    const mode = !flags.progress ? "off" : process.stderr.isTTY ? "bar" : "lines";
    const outcome = await runBatch({
      inputs,
      outDir: flags.output,
      jobs,
      force: !!flags.force,
      failFast: !!flags.failFast,
      ...timeoutMs ? { timeoutMs } : {},
      ...maxMemoryMb ? { maxMemoryMb } : {},
      ...maxSize !== void 0 ? { limits: limitsWithMaxSize(maxSize) } : {},
      layout: flags.layout,
      ...flags.password ? { password: flags.password } : {},
      engine: flags.engine,
      ...aliases ? { aliases } : {},
      fenjieVersion: version(),
      progress: new ProgressReporter(process.stderr, mode)
    });
    for (const u of outcome.unmatched)
      process.stderr.write(`fenjie batch: \u6CA1\u6709\u5339\u914D\u5230\u4EFB\u4F55\u6587\u4EF6\uFF1A${u}
`);
    if (outcome.summary.files.length === 0) {
      throw new FenjieError("USAGE", `\u6CA1\u6709\u627E\u5230\u4EFB\u4F55\u8F93\u5165\u6587\u4EF6\uFF1A${inputs.join(" ")}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u6216\u901A\u914D\u7B26\u3002`);
    }
    if (!flags.quiet)
      process.stdout.write(renderSummary(outcome.summary, outcome.times));
    process.exitCode = outcome.exitCode;
  });
}

// dist/stats/count.js
var FIELD_ROLE = {
  leadUnits: { role: "lead", kind: "unit" },
  units: { role: "responsible", kind: "unit" },
  coUnits: { role: "co", kind: "unit" },
  leaders: { role: "responsible", kind: "person" },
  supervisors: { role: "supervise", kind: "person" }
};
var yearKey = (y) => y ?? Number.MAX_SAFE_INTEGER;
var KIND_ORDER = { unit: 0, person: 1 };
var GROUP_KEYS = ["year", "issuer"];
function countWorkload(rows, by = []) {
  const acc = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const roleOf2 = /* @__PURE__ */ new Map();
    for (const [field, { role, kind }] of Object.entries(FIELD_ROLE)) {
      for (const name of r[field]) {
        const k = `${kind}\0${name}`;
        const e = roleOf2.get(k) ?? { kind, roles: /* @__PURE__ */ new Set() };
        e.roles.add(role);
        roleOf2.set(k, e);
      }
    }
    for (const [k, { kind, roles }] of roleOf2) {
      const entity = k.slice(k.indexOf("\0") + 1);
      const group = by.map((g) => String(r[g] ?? "")).join("\0");
      const key2 = `${k}${group}`;
      let a = acc.get(key2);
      if (!a) {
        const row = { entity, kind, tasks: 0, lead: 0, responsible: 0, co: 0, supervise: 0, notices: 0 };
        if (by.includes("year"))
          row.year = r.year;
        if (by.includes("issuer"))
          row.issuer = r.issuer;
        a = { row, files: /* @__PURE__ */ new Set() };
        acc.set(key2, a);
      }
      a.row.tasks++;
      for (const role of roles)
        a.row[role]++;
      a.files.add(r.file);
    }
  }
  const out = [...acc.values()].map((a) => ({ ...a.row, notices: a.files.size }));
  const cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return out.sort((a, b) => b.tasks - a.tasks || yearKey(a.year) - yearKey(b.year) || cmp(a.issuer ?? "", b.issuer ?? "") || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.entity, b.entity));
}
function overview(rows, stats) {
  const perFile = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const e = perFile.get(r.file) ?? { year: r.year, issuer: r.issuer, file: r.file, tasks: 0 };
    e.tasks++;
    perFile.set(r.file, e);
  }
  const ents = new Set(stats.map((s) => `${s.kind}\0${s.entity}`));
  return {
    notices: perFile.size,
    tasks: rows.length,
    units: [...ents].filter((e) => e.startsWith("unit")).length,
    persons: [...ents].filter((e) => e.startsWith("person")).length,
    perNotice: [...perFile.values()].sort((a, b) => yearKey(a.year) - yearKey(b.year) || (a.file < b.file ? -1 : 1))
  };
}

// dist/stats/load.js
import { readdir as readdir3, readFile as readFile3, stat as stat5 } from "node:fs/promises";
import { join as join4 } from "node:path";
async function loadResult2(path) {
  let text;
  try {
    text = await readFile3(path, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT")
      throw new FenjieError("FILE_NOT_FOUND", `\u627E\u4E0D\u5230\u6587\u4EF6\uFF1A${path}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u662F\u5426\u6B63\u786E\u3002`, path);
    throw new FenjieError("FILE_UNREADABLE", `\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A${path}\uFF08${code ?? String(err)}\uFF09\u3002`, path);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FenjieError("USAGE", `\u4E0D\u662F JSON \u6587\u4EF6\uFF1A${path}\u3002\u8BF7\u7ED9\u51FA fenjie parse \u6216 fenjie batch \u8F93\u51FA\u7684 JSON\u3002`, path);
  }
  const checked = ResultSchema.safeParse(data);
  if (!checked.success) {
    throw new FenjieError("USAGE", `\u4E0D\u662F fenjie \u7684\u89E3\u6790\u7ED3\u679C\uFF1A${path}\uFF08\u4E0E\u8F93\u51FA\u683C\u5F0F\u4E0D\u7B26\uFF09\u3002\u8BF7\u7ED9\u51FA fenjie parse \u6216 fenjie batch \u8F93\u51FA\u7684 JSON\u3002`, path);
  }
  return checked.data;
}
async function jsonFilesUnder(dir) {
  const out = [];
  for (const e of (await readdir3(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (e.name.startsWith("."))
      continue;
    const p = join4(dir, e.name);
    if (e.isDirectory())
      out.push(...await jsonFilesUnder(p));
    else if (e.name.endsWith(".json"))
      out.push(p);
  }
  return out;
}
function parseJsonl(text, path) {
  return text.split("\n").filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l);
    } catch {
      throw new FenjieError("USAGE", `\u7B2C${i + 1}\u884C\u4E0D\u662F JSON\uFF1A${path}\u3002\u8BF7\u7ED9\u51FA fenjie batch \u8F93\u51FA\u7684 tasks.jsonl\u3002`, path);
    }
  });
}
async function loadDataset(paths) {
  const rows = [];
  for (const path of paths) {
    const info = await stat5(path).catch(() => null);
    if (!info)
      throw new FenjieError("FILE_NOT_FOUND", `\u627E\u4E0D\u5230\u6587\u4EF6\u6216\u6587\u4EF6\u5939\uFF1A${path}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u662F\u5426\u6B63\u786E\u3002`, path);
    if (info.isDirectory()) {
      const summaryText = await readFile3(join4(path, "summary.json"), "utf8").catch(() => null);
      if (summaryText !== null) {
        const summary = JSON.parse(summaryText);
        for (const f of summary.files ?? [])
          if (f.output)
            rows.push(...datasetRows(await loadResult2(join4(path, f.output))));
      } else {
        for (const file of await jsonFilesUnder(path))
          rows.push(...datasetRows(await loadResult2(file)));
      }
    } else if (path.endsWith(".jsonl")) {
      rows.push(...parseJsonl(await readFile3(path, "utf8"), path));
    } else {
      rows.push(...datasetRows(await loadResult2(path)));
    }
  }
  return rows;
}

// dist/stats/render.js
var import_fast_csv4 = __toESM(require_src(), 1);
var KIND_TITLE = { unit: "Units \u5355\u4F4D", person: "People \u4EBA\u5458" };
function groupLabel(r, by) {
  return by.map((g) => g === "year" ? String(r.year ?? "\u5E74\u4EFD\u4E0D\u8BE6") : r.issuer ?? "\u53D1\u6587\u673A\u5173\u4E0D\u8BE6").join(" \xB7 ");
}
function renderStatsTables(stats, ov, by, top) {
  let out = `${ov.tasks} tasks from ${ov.notices} notices; ${ov.units} units, ${ov.persons} people
`;
  if (ov.perNotice.length) {
    out += "\n" + renderTable(["year", "tasks", "issuer", "file"], ov.perNotice.map((n) => [String(n.year ?? "-"), String(n.tasks), n.issuer ?? "-", n.file]), [false, true, false, false]);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const r of stats) {
    const g = groupLabel(r, by);
    groups.set(g, [...groups.get(g) ?? [], r]);
  }
  const ordered = [...groups.keys()].sort();
  for (const kind of ["unit", "person"]) {
    for (const g of ordered) {
      const rows = groups.get(g).filter((r) => r.kind === kind);
      if (!rows.length)
        continue;
      const shown = rows.slice(0, top);
      out += `
${KIND_TITLE[kind]}${g ? ` \u2014 ${g}` : ""} (top ${shown.length} of ${rows.length})
`;
      const header = kind === "unit" ? ["tasks", "lead", "resp.", "co", "notices", "unit"] : ["tasks", "resp.", "superv.", "notices", "person"];
      const body = shown.map((r) => kind === "unit" ? [r.tasks, r.lead, r.responsible, r.co, r.notices, r.entity].map(String) : [r.tasks, r.responsible, r.supervise, r.notices, r.entity].map(String));
      out += renderTable(header, body, header.map((_, i) => i < header.length - 1));
    }
  }
  return out;
}
function statsColumns(by) {
  return ["entity", "kind", ...by, "tasks", "lead", "responsible", "co", "supervise", "notices"];
}
async function statsCsv(stats, by) {
  const cols = statsColumns(by);
  const rows = [cols, ...stats.map((r) => cols.map((c) => r[c] === null || r[c] === void 0 ? "" : String(r[c])))];
  return "\uFEFF" + await (0, import_fast_csv4.writeToString)(rows, { rowDelimiter: "\r\n" }) + "\r\n";
}
function statsJson(stats) {
  return JSON.stringify(stats, null, 2) + "\n";
}

// dist/cli/stats.js
function parseBy(value) {
  if (!value)
    return [];
  const keys = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const k of keys) {
    if (!GROUP_KEYS.includes(k))
      throw new FenjieError("USAGE", `--by \u53EA\u80FD\u662F year\u3001issuer \u6216 year,issuer\uFF0C\u6536\u5230\uFF1A${value}\u3002`);
  }
  return GROUP_KEYS.filter((k) => keys.includes(k));
}
function registerStats(program2) {
  program2.command("stats").description("\u5DE5\u4F5C\u91CF\u7EDF\u8BA1\uFF1A\u5404\u5355\u4F4D\u3001\u5404\u4EBA\u7275\u5934 / \u8D1F\u8D23 / \u534F\u529E / \u5206\u7BA1\u7684\u4EFB\u52A1\u6570 / workload per unit and person").argument("<DATASET...>", "fenjie batch \u7684\u8F93\u51FA\u6587\u4EF6\u5939\u3001\u7ED3\u679C JSON \u6587\u4EF6\u6216 tasks.jsonl / a batch folder, result JSON files or tasks.jsonl").option("--by <keys>", "\u5206\u7EC4\uFF1Ayear\u3001issuer \u6216 year,issuer / group by year and/or issuer").option("-n, --top <n>", "\u7EC8\u7AEF\u8868\u683C\u6BCF\u7EC4\u663E\u793A\u524D N \u540D / rows per table in the terminal", "20").addOption(new Option("-f, --format <format>", "\u8F93\u51FA\u683C\u5F0F / output format").choices(["table", "csv", "json"]).default("table")).addOption(new Option("--kind <kind>", "\u53EA\u7EDF\u8BA1\u5355\u4F4D\u6216\u4EBA\u5458 / units or people only").choices(["all", "unit", "person"]).default("all")).option("-o, --output <file>", "\u5199\u5165\u6587\u4EF6\u800C\u4E0D\u662F\u6807\u51C6\u8F93\u51FA / write to a file").action(async (paths, flags) => {
    const by = parseBy(flags.by);
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top <= 0)
      throw new FenjieError("USAGE", `--top \u9700\u8981\u4E00\u4E2A\u6B63\u6574\u6570\uFF0C\u6536\u5230\uFF1A${flags.top}\u3002`);
    const rows = await loadDataset(paths);
    const all = countWorkload(rows, by);
    const stats = flags.kind === "all" ? all : all.filter((s) => s.kind === flags.kind);
    const text = flags.format === "csv" ? await statsCsv(stats, by) : flags.format === "json" ? statsJson(stats) : renderStatsTables(stats, overview(rows, all), by, top);
    if (flags.output)
      await writeAtomic(flags.output, text);
    else
      process.stdout.write(text);
  });
}

// dist/diff/similarity.js
var NOISE = /[\s\p{P}\p{S}]/gu;
function normaliseTask(text) {
  return text.normalize("NFKC").replace(NOISE, "").toLowerCase();
}
function bigrams(s) {
  const chars = [...s];
  const m = /* @__PURE__ */ new Map();
  if (chars.length === 1)
    m.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
function profile(text) {
  const norm2 = normaliseTask(text);
  const grams = bigrams(norm2);
  let size = 0;
  for (const n of grams.values())
    size += n;
  return { grams, size, text: norm2 };
}
function dice(a, b) {
  if (a.size === 0 && b.size === 0)
    return a.text === b.text ? 1 : 0;
  if (a.size === 0 || b.size === 0)
    return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let common = 0;
  for (const [g, n] of small)
    common += Math.min(n, large.get(g) ?? 0);
  return 2 * common / (a.size + b.size);
}

// dist/diff/match.js
var DEFAULT_THRESHOLD = 0.4;
var DIFF_FIELDS = ["leadUnits", "units", "coUnits", "leaders", "supervisors"];
var ref = (t) => ({ table: t.table, seq: t.seq, task: t.task, section: t.section });
function change(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  return { added: [...B].filter((x) => !A.has(x)), removed: [...A].filter((x) => !B.has(x)) };
}
var unitsOf = (t) => [...t.leadUnits, ...t.units, ...t.coUnits];
function matchTexts(oldTexts, newTexts, threshold) {
  const po = oldTexts.map(profile);
  const pn = newTexts.map(profile);
  const candidates = [];
  for (let i = 0; i < po.length; i++) {
    for (let j = 0; j < pn.length; j++) {
      const s = dice(po[i], pn[j]);
      if (s >= threshold)
        candidates.push([i, j, s]);
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedOld = /* @__PURE__ */ new Set();
  const usedNew = /* @__PURE__ */ new Set();
  const chosen = [];
  for (const c of candidates) {
    if (usedOld.has(c[0]) || usedNew.has(c[1]))
      continue;
    usedOld.add(c[0]);
    usedNew.add(c[1]);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a[1] - b[1]);
}
var noticeRef = (r) => ({
  file: r.source.file,
  docNumber: r.notice.docNumber,
  issuer: r.notice.issuer,
  year: r.notice.year,
  tasks: r.tasks.length
});
function diffNotices(oldResult, newResult, threshold = DEFAULT_THRESHOLD) {
  const O = oldResult.tasks;
  const N = newResult.tasks;
  const pairs = matchTexts(O.map((t) => t.task), N.map((t) => t.task), threshold);
  const carriedOver = [];
  const changedUnits = [];
  for (const [i, j, s] of pairs) {
    const a = O[i];
    const b = N[j];
    const changes = {};
    for (const f of DIFF_FIELDS) {
      const c = change(a[f], b[f]);
      if (c.added.length || c.removed.length)
        changes[f] = c;
    }
    const units = change(unitsOf(a), unitsOf(b));
    const pair = { old: ref(a), new: ref(b), similarity: Math.round(s * 1e3) / 1e3, units, changes };
    (units.added.length || units.removed.length ? changedUnits : carriedOver).push(pair);
  }
  const matchedOld = new Set(pairs.map((p) => p[0]));
  const matchedNew = new Set(pairs.map((p) => p[1]));
  const added = N.filter((_, j) => !matchedNew.has(j)).map(ref);
  const dropped = O.filter((_, i) => !matchedOld.has(i)).map(ref);
  return {
    oldNotice: noticeRef(oldResult),
    newNotice: noticeRef(newResult),
    threshold,
    counts: { carriedOver: carriedOver.length, changedUnits: changedUnits.length, new: added.length, dropped: dropped.length },
    carriedOver,
    changedUnits,
    new: added,
    dropped
  };
}

// dist/diff/render.js
var TEXT_PREVIEW_CHARS = 60;
var preview = (s) => {
  const chars = [...s.replace(/\s+/g, " ")];
  return chars.length > TEXT_PREVIEW_CHARS ? chars.slice(0, TEXT_PREVIEW_CHARS).join("") + "\u2026" : chars.join("");
};
var label = (t) => `${t.table ? `\u8868${t.table + 1} ` : ""}#${t.seq}`;
var notice = (n) => `${n.file} (${[n.docNumber, n.issuer, n.year].filter((x) => x !== null).join(", ") || "no metadata"}; ${n.tasks} tasks)`;
function pairLines(p, withUnits) {
  let s = `  ${label(p.old)} \u2192 ${label(p.new)}  (${p.similarity.toFixed(2)})  ${preview(p.new.task)}
`;
  if (withUnits) {
    if (p.units.removed.length)
      s += `      - ${p.units.removed.join("\uFF1B")}
`;
    if (p.units.added.length)
      s += `      + ${p.units.added.join("\uFF1B")}
`;
  }
  return s;
}
function renderDiff(d, options = {}) {
  const c = d.counts;
  let out = `old: ${notice(d.oldNotice)}
new: ${notice(d.newNotice)}
`;
  out += `carried over ${c.carriedOver}, changed units ${c.changedUnits}, new ${c.new}, dropped ${c.dropped}  (similarity \u2265 ${d.threshold})
`;
  if (d.changedUnits.length)
    out += `
Changed units \u8D23\u4EFB\u5355\u4F4D\u6709\u53D8\u5316 (${c.changedUnits})
` + d.changedUnits.map((p) => pairLines(p, true)).join("");
  if (d.new.length)
    out += `
New \u65B0\u589E (${c.new})
` + d.new.map((t) => `  ${label(t)}  ${preview(t.task)}
`).join("");
  if (d.dropped.length)
    out += `
Dropped \u4E0D\u518D\u51FA\u73B0 (${c.dropped})
` + d.dropped.map((t) => `  ${label(t)}  ${preview(t.task)}
`).join("");
  if (options.all && d.carriedOver.length)
    out += `
Carried over \u5EF6\u7EED (${c.carriedOver})
` + d.carriedOver.map((p) => pairLines(p, false)).join("");
  return out;
}

// dist/cli/diff.js
function registerDiff(program2) {
  program2.command("diff").description("\u6BD4\u8F83\u4E24\u4EFD\u901A\u77E5\u7684\u4EFB\u52A1\uFF1A\u5EF6\u7EED / \u8D23\u4EFB\u5355\u4F4D\u6709\u53D8\u5316 / \u65B0\u589E / \u4E0D\u518D\u51FA\u73B0 / match the tasks of two notices").argument("<OLD>", "\u8F83\u65E9\u7684\u7ED3\u679C JSON\uFF08fenjie parse \u6216 batch \u8F93\u51FA\uFF09/ the older result JSON").argument("<NEW>", "\u8F83\u65B0\u7684\u7ED3\u679C JSON / the newer result JSON").option("-t, --threshold <t>", "\u4EFB\u52A1\u6587\u672C\u76F8\u4F3C\u5EA6\u9608\u503C\uFF080\u20131\uFF0C\u5B57\u7B26\u4E8C\u5143\u7EC4 Dice \u7CFB\u6570\uFF09/ minimum text similarity", String(DEFAULT_THRESHOLD)).addOption(new Option("-f, --format <format>", "\u8F93\u51FA\u683C\u5F0F / output format").choices(["text", "json"]).default("text")).option("--all", "\u6587\u672C\u8F93\u51FA\u4E5F\u5217\u51FA\u5EF6\u7EED\u7684\u4EFB\u52A1 / also list carried-over tasks").option("-o, --output <file>", "\u5199\u5165\u6587\u4EF6\u800C\u4E0D\u662F\u6807\u51C6\u8F93\u51FA / write to a file").action(async (oldPath, newPath, flags) => {
    const threshold = Number(flags.threshold);
    if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
      throw new FenjieError("USAGE", `--threshold \u9700\u8981 0 \u5230 1 \u4E4B\u95F4\u7684\u6570\uFF08\u4E0D\u542B 0\uFF09\uFF0C\u6536\u5230\uFF1A${flags.threshold}\u3002`);
    }
    const d = diffNotices(await loadResult2(oldPath), await loadResult2(newPath), threshold);
    const text = flags.format === "json" ? JSON.stringify(d, null, 2) + "\n" : renderDiff(d, { all: !!flags.all });
    if (flags.output)
      await writeAtomic(flags.output, text);
    else
      process.stdout.write(text);
  });
}

// dist/cli/main.js
function version2() {
  const pkg = JSON.parse(readFileSync2(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw new FenjieError("INPUT_TOO_LARGE", `\u6807\u51C6\u8F93\u5165\u8FC7\u5927\uFF08\u8D85\u8FC7 ${formatMB(maxBytes)}\uFF09\u3002\u8FD9\u4E0D\u50CF\u4E00\u4EFD\u901A\u77E5\uFF1B\u5982\u786E\u9700\u5904\u7406\uFF0C\u8BF7\u7528 --max-size \u653E\u5BBD\u4E0A\u9650\uFF08\u5355\u4F4D MB\uFF09\u3002`, "-");
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
async function runParse(file, flags) {
  if (flags.output && file !== "-" && (resolve6(flags.output) === resolve6(file) || await sameFile(flags.output, file))) {
    throw new FenjieError("OUTPUT_IS_INPUT", `\u8F93\u51FA\u6587\u4EF6\u4E0D\u80FD\u4E0E\u8F93\u5165\u6587\u4EF6\u76F8\u540C\uFF1A${flags.output}\u3002\u8BF7\u6362\u4E00\u4E2A\u8F93\u51FA\u8DEF\u5F84\u3002`, file);
  }
  if (flags.format === "xlsx" && !flags.output) {
    throw new FenjieError("USAGE", "xlsx \u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF0C\u4E0D\u80FD\u5199\u5230\u6807\u51C6\u8F93\u51FA\uFF1A\u8BF7\u7528 -o \u6307\u5B9A\u8F93\u51FA\u6587\u4EF6\uFF0C\u4F8B\u5982 -o \u5206\u89E3\u8868.xlsx\u3002");
  }
  if (flags.long && flags.format !== "csv" && flags.format !== "jsonl") {
    throw new FenjieError("USAGE", `--long \u53EA\u9002\u7528\u4E8E -f csv \u6216 -f jsonl\uFF0C\u4E0D\u9002\u7528\u4E8E -f ${flags.format}\u3002`);
  }
  const limits = limitsWithMaxSize(parseMaxSize(flags.maxSize));
  const input = file === "-" ? await readStdin(Math.max(limits.maxTextBytes, limits.maxPdfBytes)) : file;
  const aliases = flags.aliases ? await loadAliases(flags.aliases) : void 0;
  const result = await parse(input, {
    layout: flags.layout,
    ...aliases ? { aliases } : {},
    ...flags.password ? { password: flags.password } : {},
    engine: flags.engine,
    ...file === "-" ? { fileName: "-" } : {},
    limits
  });
  const text = await render(result, flags);
  if (flags.output) {
    try {
      await writeAtomic(flags.output, text);
    } catch (err) {
      const code = err.code ?? String(err);
      throw new FenjieError("OUTPUT_UNWRITABLE", `\u65E0\u6CD5\u5199\u5165\u8F93\u51FA\u6587\u4EF6\uFF1A${flags.output}\uFF08${code}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u5939\u662F\u5426\u5B58\u5728\u3001\u662F\u5426\u6709\u5199\u6743\u9650\u3002`);
    }
  } else
    process.stdout.write(text);
  const color = flags.color && process.stderr.isTTY === true;
  if (!flags.quiet)
    for (const d of result.diagnostics)
      process.stderr.write(formatDiagnostic(d, result.source.file, color) + "\n");
  const serious = result.diagnostics.some((d) => d.level !== "info");
  return flags.strict && serious ? EXIT.warnings : EXIT.ok;
}
async function render(result, flags) {
  switch (flags.format) {
    case "csv":
      return flags.long ? toLongCsv(result, { bom: flags.bom }) : toCsv(result, { join: flags.join, bom: flags.bom });
    case "jsonl":
      return toJsonl(result, { long: flags.long === true });
    case "xlsx": {
      const { toXlsx } = await import("./xlsx-AL2M4MOB.js");
      return toXlsx(result);
    }
    default:
      return toJson(result);
  }
}
function buildProgram() {
  const program2 = new Command();
  program2.name("fenjie").description("\u628A\u300A\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A\u300B\u76EE\u6807\u4EFB\u52A1\u8D23\u4EFB\u5206\u89E3\u901A\u77E5\uFF08PDF \u6216\u6587\u672C\uFF09\u8F6C\u6362\u4E3A\u7ED3\u6784\u5316\u6570\u636E\nTurn \u8D23\u4EFB\u5206\u89E3 notices (PDF or text) into validated JSON / CSV").version(version2(), "-V, --version").showHelpAfterError().exitOverride();
  program2.command("parse").description("\u89E3\u6790\u4E00\u4EFD\u901A\u77E5 / parse one notice (PDF or text; `-` reads standard input)").argument("<FILE>", "\u901A\u77E5\u6587\u4EF6\u8DEF\u5F84\uFF0C\u6216 - \u8868\u793A\u6807\u51C6\u8F93\u5165").addOption(new Option("-f, --format <format>", "\u8F93\u51FA\u683C\u5F0F output format").choices(["json", "csv", "jsonl", "xlsx"]).default("json")).option("-o, --output <file>", "\u5199\u5165\u6587\u4EF6\uFF08\u539F\u5B50\u5199\u5165\uFF09\u800C\u4E0D\u662F\u6807\u51C6\u8F93\u51FA / write to a file atomically").option("--long", "\u957F\u8868\uFF1A\u6BCF\u4E2A\uFF08\u4EFB\u52A1, \u89D2\u8272, \u5355\u4F4D\u6216\u4EBA\u5458\uFF09\u4E00\u884C\uFF0C\u7528\u4E8E csv / jsonl / long format for csv or jsonl").option("--join <sep>", "CSV \u591A\u503C\u5355\u5143\u683C\u7684\u5206\u9694\u7B26 / separator inside multi-valued CSV cells", "\uFF1B").option("--no-bom", "CSV \u4E0D\u5199 UTF-8 BOM / no byte order mark in CSV").option("--strict", "\u6709\u8B66\u544A\u65F6\u4EE5\u9000\u51FA\u7801 1 \u7ED3\u675F / exit 1 when there are warnings").option("--no-color", "\u8BCA\u65AD\u4FE1\u606F\u4E0D\u7740\u8272 / no colour in diagnostics").option("-q, --quiet", "\u4E0D\u5728 stderr \u6253\u5370\u8BCA\u65AD / do not print diagnostics").option("--layout <layout>", "\u5F3A\u5236\u4F7F\u7528\u67D0\u79CD\u7248\u5F0F / force a layout: auto, tsv, csv, markdown, aligned, html, flat, lattice, stream, list", "auto").option("--password <password>", "\u52A0\u5BC6 PDF \u7684\u5BC6\u7801 / password of an encrypted PDF").addOption(engineOption()).option("--aliases <file>", "\u522B\u540D\u8868\uFF08JSON \u6216 CSV\uFF1A\u539F\u540D,\u7EDF\u4E00\u540D\uFF09\uFF0C\u89E3\u6790\u540E\u7EDF\u4E00\u540D\u79F0 / map local spellings onto one name").option("--max-size <MB>", `\u8F93\u5165\u6587\u4EF6\u5927\u5C0F\u4E0A\u9650\uFF08MB\uFF0C\u9ED8\u8BA4\u6587\u672C ${formatMB(DEFAULT_LIMITS.maxTextBytes)}\u3001PDF ${formatMB(DEFAULT_LIMITS.maxPdfBytes)}\uFF09/ largest input accepted`).action(async (file, flags) => {
    process.exitCode = await runParse(file, flags);
  });
  program2.command("schema").description("\u6253\u5370\u8F93\u51FA\u7684 JSON Schema / print the JSON Schema of the output").action(() => {
    process.stdout.write(JSON.stringify(resultJsonSchema(), null, 2) + "\n");
  });
  registerBatch(program2);
  registerStats(program2);
  registerDiff(program2);
  registerReview(program2);
  return program2;
}
async function main(argv) {
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE")
      process.exit(process.exitCode ?? 0);
    process.stderr.write(`fenjie: \u65E0\u6CD5\u5199\u5165\u6807\u51C6\u8F93\u51FA\uFF08${err.code ?? err.message}\uFF09\u3002
`);
    process.exit(EXIT.internal);
  });
  const program2 = buildProgram();
  process.on("uncaughtException", (err) => {
    process.stderr.write(`fenjie: \u5185\u90E8\u9519\u8BEF\uFF08\u8FD9\u662F fenjie \u7684\u7F3A\u9677\uFF0C\u8BF7\u9644\u4E0A\u8F93\u5165\u6587\u4EF6\u62A5\u544A\uFF09\uFF1A${process.env.FENJIE_DEBUG ? err.stack ?? err.message : err.message}
`);
    process.exit(EXIT.internal);
  });
  try {
    await program2.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    if (err instanceof FenjieError) {
      process.stderr.write(`fenjie: ${err.message} [${err.code}]
`);
      process.exitCode = err.exitCode;
      return;
    }
    const detail = process.env.FENJIE_DEBUG ? err?.stack ?? String(err) : `${err?.message ?? String(err)}\uFF08\u8BBE\u7F6E\u73AF\u5883\u53D8\u91CF FENJIE_DEBUG=1 \u53EF\u663E\u793A\u8BE6\u7EC6\u4FE1\u606F\uFF09`;
    process.stderr.write(`fenjie: \u5185\u90E8\u9519\u8BEF\uFF08\u8FD9\u662F fenjie \u7684\u7F3A\u9677\uFF0C\u8BF7\u9644\u4E0A\u8F93\u5165\u6587\u4EF6\u62A5\u544A\uFF09\uFF1A${detail}
`);
    process.exitCode = EXIT.internal;
  }
}
export {
  buildProgram,
  main
};
