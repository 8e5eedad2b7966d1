// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary, before it is signed and wrapped in an installer. A fuse is a bit in the executable: it
// cannot be turned back on by an environment variable, a command-line flag or a file on disk.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder require()s this
   CommonJS file; it is not part of the TypeScript build. */
const path = require('node:path');

/** The fuse set of a release build (docs/INSTALL.md explains each). */
function fuseConfig(fuses) {
  const { FuseVersion, FuseV1Options } = fuses;
  return {
    version: FuseVersion.V1,
    // ELECTRON_RUN_AS_NODE would turn the kiosk into a plain Node.js with the user's script.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS could preload any code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect / --inspect-brk would open a debugger on the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Cookies (none are kept, partitions are in memory) are encrypted if anything ever writes one.
    [FuseV1Options.EnableCookieEncryption]: true,
    // app.asar is checked against the hash recorded at packaging: no edited renderer or main.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded: no app/ folder beside it can replace the kiosk.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // file:// gets no more than any other scheme (the renderer is served by our own protocol).
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The packaged executable electron-builder just wrote, per platform. */
function executableOf(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/**
 * @param context electron-builder's AfterPackContext
 * @param fuses the @electron/fuses module (tests pass one with a fake flipFuses)
 */
async function afterPack(context, fuses = require('@electron/fuses')) {
  const executable = executableOf(context);
  await fuses.flipFuses(executable, {
    ...fuseConfig(fuses),
    // macOS: the ad-hoc signature breaks when the binary changes; re-sign it (real signing follows).
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
  console.log(`  • fuses flipped in ${path.basename(executable)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.executableOf = executableOf;
