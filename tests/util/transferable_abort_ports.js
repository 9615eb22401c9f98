'use strict';
// A transferable AbortSignal through BroadcastChannel and MessagePort: it must be in the transfer
// list; an aborted one arrives aborted, once per message however often it appears.
const util = require('util');
const s = util.transferableAbortSignal(new AbortController().signal);
const bc = new BroadcastChannel('x');
try { bc.postMessage(s); console.log('posted'); } catch (e) { console.log(e.name, e.code, e.message); }
try { bc.postMessage({ s }); console.log('posted'); } catch (e) { console.log(e.name, e.code, e.message); }
bc.close();
const { port1, port2 } = new MessageChannel();
try { port1.postMessage(s); } catch (e) { console.log(e.name, e.code, e.message); }
try { port1.postMessage(s, { transfer: [s] }); console.log('posted with transfer'); } catch (e) { console.log(e.name, e.code, e.message); }
port1.close();
const { receiveMessageOnPort } = require('worker_threads');
const ch = new MessageChannel();
const t = util.transferableAbortSignal(AbortSignal.abort('r'));
ch.port1.postMessage([t, t], [t]);
const m = receiveMessageOnPort(ch.port2);
console.log(m.message[0] === m.message[1], m.message[0].aborted, m.message[0].reason);
ch.port1.close();
