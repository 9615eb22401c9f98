// util.promisify(rl.question) uses the question's promisify.custom function: it resolves with
// the answer and rejects with an AbortError (the signal's reason as cause) when aborted.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');
const util = require('util');

async function main() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  const rl = readline.createInterface({ input, output });
  const custom = readline.Interface.prototype.question[util.promisify.custom];
  console.log('custom', typeof custom, custom.name, custom.length);
  const question = util.promisify(rl.question).bind(rl);
  const pending = question('Name? ');
  input.write('Linus\n');
  console.log('answer', await pending, JSON.stringify(output.read()));

  const ac = new AbortController();
  const aborted = question('Abort? ', { signal: ac.signal });
  ac.abort('stop');
  await aborted.catch((err) => console.log(err.name, err.code, err.message, err.cause));
  console.log('written', JSON.stringify(output.read()), JSON.stringify(rl.getPrompt()));

  await question('Pre-aborted? ', { signal: AbortSignal.abort('before') })
    .catch((err) => console.log(err.name, err.code, err.message, err.cause));

  const withNull = question('Null options? ', null);
  input.write('ok\n');
  console.log('null options', await withNull);
  rl.close();
  await question('Closed? ').catch((err) => console.log(err.name, err.code, err.message));
}

main();
