// Phaser's declarations name the device probe's shape but not the probe itself, which Phaser
// (and the game's own build, src/vendor/phaser-lite.js) exports at run time.
declare namespace Phaser.Device {
  /** What Phaser found the browser can do, probed once as it loaded (phaser/src/device/Features.js). */
  const Features: Phaser.Device.Features;
}
