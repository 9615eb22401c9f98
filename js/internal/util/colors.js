'use strict';

// Whether output to a stream should carry ANSI colors, as Node decides it:
// FORCE_COLOR and NO_COLOR win; otherwise a TTY with more than two colors.
function shouldColorize(stream) {
  const env = process.env || {};
  if (env.FORCE_COLOR !== undefined) {
    return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' || env.FORCE_COLOR === 'true' ||
      env.FORCE_COLOR === '2' || env.FORCE_COLOR === '3';
  }
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.TERM !== 'dumb';
}

module.exports = { shouldColorize };
