// Transferring an ArrayBuffer detaches it and every view of it; MessageEvent is a real global.
const ab = new ArrayBuffer(8); const u = new Uint8Array(ab);
const c = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, u.length, c.byteLength, ab.detached);
const { port1, port2 } = new MessageChannel();
console.log(typeof MessageEvent, new MessageEvent('message', { data: 1 }).data);
port1.close();
