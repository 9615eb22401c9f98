// 'unhandledRejection' takes the rejection; handling it later emits 'rejectionHandled'.
const seen = [];
process.on('unhandledRejection', (reason, p) => {
  seen.push('unhandled ' + reason.message);
  setTimeout(() => p.catch(() => seen.push('caught late')), 1);
});
process.on('rejectionHandled', () => seen.push('rejectionHandled'));
Promise.reject(new Error('late'));
// A rejection handled within the same microtask turn is never reported.
const q = Promise.reject(new Error('quick'));
Promise.resolve().then(() => q.catch(() => seen.push('caught quick')));
setTimeout(() => console.log(seen.join('\n')), 20);
