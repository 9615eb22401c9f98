'use strict';
// TextDecoder for the latin1 family with ignoreBOM: Node v20's one-shot decode drops a leading
// 0xFF; streaming does not, and a decoder that has streamed once never does again.
for (const label of ['latin1', 'windows-1252', 'ascii', 'utf-16le']) for (const ignoreBOM of [false, true]) {
  const b = new Uint8Array([0xff, 0x3d, 0xbb, 0xff, 0xfe, 0x41]);
  const d = new TextDecoder(label, { ignoreBOM });
  console.log(label, ignoreBOM, JSON.stringify(d.decode(b)), JSON.stringify(d.decode(b.subarray(0, 2), { stream: true }) + '|' + d.decode(b.subarray(2), { stream: true }) + '|' + d.decode()));
  const d2 = new TextDecoder(label, { ignoreBOM });
  console.log(' split1', JSON.stringify(d2.decode(b.subarray(0, 1), { stream: true }) + '|' + d2.decode(b.subarray(1), { stream: true }) + '|' + d2.decode()));
  const d3 = new TextDecoder(label, { ignoreBOM });
  console.log(' again', JSON.stringify(d3.decode(b)), JSON.stringify(d3.decode(b)));
}
