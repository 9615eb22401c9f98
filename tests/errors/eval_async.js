'use strict';
// Frames of eval code and of async functions.
const FILE = __filename;
const mine = (s) => s.split('\n').filter((l) => l.includes(FILE) || l.startsWith('Error')).join('\n').split(FILE).join('FILE');

console.log(mine(eval('new Error("direct eval")').stack));
function outer() { return eval('(function inner() { return new Error("inner") })()'); }
console.log(mine(outer().stack));

async function leaf() {
  await null;
  return new Error('after await');
}
async function middle() {
  const e = await leaf();
  return e;
}
async function top() {
  return await middle();
}
top().then((e) => {
  console.log(mine(e.stack));
  return (async () => {
    try {
      await Promise.reject(new Error('rejected'));
    } catch (err) {
      console.log(mine(err.stack));
    }
  })();
});
