'use strict';
// net.Socket without a network: state of a handle-less socket, writes that fail with
// ERR_SOCKET_CLOSED, destroy and 'close'; option checks; a Socket over stdout's fd; isIP.
const net = require('net');
const s = new net.Socket();
console.log(s.readyState, s.pending, s.connecting, s.bytesRead, s.bytesWritten, s.readable, s.writable,
  s.destroyed, s.allowHalfOpen, s.bufferSize, JSON.stringify(s.address()), s.remoteAddress);
s.on('error', (e) => console.log('error', e.code, e.message));
s.on('close', (hadError) => console.log('close', hadError, s.destroyed, s.readyState));
s.write('x', (e) => console.log('write cb', e && e.code));
console.log('ref/unref', s.ref() === s, s.unref() === s, s.setNoDelay() === s, s.setKeepAlive(true) === s);
for (const opts of [{ objectMode: true }, { readableObjectMode: true }, { writableObjectMode: 1 }]) {
  try {
    new net.Socket(opts);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  new net.Socket({ fd: 0 }); // /dev/null: not a pipe
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('Stream alias', net.Stream === net.Socket, typeof net.Socket.prototype.setTimeout);
const t = new net.Socket();
console.log('setTimeout', t.setTimeout(1000) === t, t.setTimeout(0) === t);
t.destroy();
t.on('close', () => console.log('t close'));
const ips = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '',
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '1:2:3:4:5:6:7::8', '1:2:3:4:5:6:7', '1::2::3',
  '::ffff:127.0.0.1', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%eth0',
  'fe80::1%', 'fe80::1%a b', ':1', '1:', 'g::1', '12345::', 'abcd:ef01::', '::1.2.3.4', '1.2.3.4::', 123, null];
for (const ip of ips) console.log(JSON.stringify(ip), net.isIP(ip), net.isIPv4(ip), net.isIPv6(ip));
