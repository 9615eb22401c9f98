// setUncaughtExceptionCaptureCallback replaces 'uncaughtException'.
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.code);
}
setTimeout(() => { throw new Error('one'); }, 1);
setTimeout(() => { throw new Error('two'); }, 2);
