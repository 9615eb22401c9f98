// A non-error rejection reason is wrapped in ERR_UNHANDLED_REJECTION.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.code, err.message);
});
Promise.reject(42);
