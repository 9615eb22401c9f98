// A SyntaxError while loading a module is thrown to the requirer.
for (const f of ['./fixtures/bad/syntax', './fixtures/bad/identifier']) {
  try {
    require(f);
  } catch (e) {
    console.log(e.name, e instanceof SyntaxError, e.message);
  }
}
