// Preloaded (NODE_OPTIONS=--require) by scripts/node-lts.mjs into every Node process of a command
// run on the LTS Node: better-sqlite3's addon in node_modules is built for the machine's Node, and
// an addon only loads on the Node ABI it was built for. Loading the LTS build from the cache instead
// leaves node_modules untouched for the machine's Node, which other processes are using meanwhile.
'use strict';

const addon = process.env.KIOSK_SQLITE_ADDON;
const nodeModulesAddon = /[\\/]better-sqlite3[\\/]build[\\/]Release[\\/]better_sqlite3\.node$/;

if (addon) {
  const dlopen = process.dlopen;
  process.dlopen = function dlopenLtsBuild(module, filename, ...rest) {
    return dlopen.call(this, module, nodeModulesAddon.test(filename) ? addon : filename, ...rest);
  };
}
