// process.on('SIGxxx') receives signals through the loop; removing the listener restores the default.
const seen = [];
function onUsr2(sig, num) {
  seen.push(`${sig} ${num}`);
  if (seen.length === 2) {
    process.removeListener('SIGUSR2', onUsr2);
    console.log(seen.join('\n'));
    console.log('listeners left:', process.listenerCount('SIGUSR2'));
    clearTimeout(keepAlive);
  } else {
    process.kill(process.pid, 'SIGUSR2');
  }
}
process.on('SIGUSR2', onUsr2);
// The signal handle is unref'd, as in Node: a timer keeps the process alive meanwhile.
const keepAlive = setTimeout(() => console.log('timed out waiting for the signal'), 5000);
process.kill(process.pid, 'SIGUSR2');
console.log('sent');
