import { main } from "./a/main.js";
await main(process.argv);
