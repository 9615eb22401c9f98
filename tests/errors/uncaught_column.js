if (process.argv.length > 0) throw new Error('on line one, after the module wrapper');
// Columns on line 1 must not include the CommonJS wrapper.
