'use strict';
// IDNA as Node's URL parser (ada) does it: an "xn--" label whose Punycode has no extended part
// ("xn--a-b-" decodes to the ASCII "a-b") is valid, in hosts, domainToASCII/domainToUnicode
// and url.format(…, { unicode: true }).
const url = require('url');
for (const s of ['xn--xn--', 'xn--', 'xn--a', 'xn--a-', 'xn---', 'a.xn--', 'xn--ls8h', 'xn--xn--a', 'xn--abc-', 'xn--zz', 'xn--xn--/x', 'xn--55qx5d', 'XN--XN--', 'xn--9', 'xn--a.b', 'xn--tda', 'xn--xn--tda']) {
  let h; try { h = new URL(`http://${s}/`).host; } catch (e) { h = e.code; }
  console.log(JSON.stringify(s), JSON.stringify(url.domainToASCII(s)), JSON.stringify(url.domainToUnicode(s)), h);
}
for (const s of ['xn----', 'xn--ab--', 'xn--_-', 'xn---b-', 'xn--a-b-', 'xn--A-', 'xn--1-', 'xn--a-.com', 'xn--a-.xn--b-', 'xn--a-.münchen', 'xn--ab-cd-', 'xn--$-', 'xn--a--', 'xn-- -', 'xn--a-b', 'xn--mnchen-3ya-', 'xn--xn--a-']) {
  let h; try { h = new URL(`http://${s}/`).host; } catch (e) { h = e.code; }
  console.log(JSON.stringify(s), JSON.stringify(url.domainToASCII(s)), JSON.stringify(url.domainToUnicode(s)), h);
}
for (const s of ['xn--a-。com', 'a.xn--a-．b', 'XN--AB-.münchen.xn--c-', 'xn--a-.xn--a-', 'xn--a-.', '.xn--a-', 'xn--a-..b', 'xn--a-.xn--', 'xn--a-.ﻋﺮﺑﻲ', 'xn--a-.①', 'xn--a-.⒈com', 'x.xn--a-.y', 'gonodeacelabel0x.xn--a-']) {
  let h; try { const u = new URL(`http://${s}/p`); h = u.host + ' ' + url.format(u, { unicode: true }); } catch (e) { h = e.code; }
  console.log(JSON.stringify(s), JSON.stringify(url.domainToASCII(s)), JSON.stringify(url.domainToUnicode(s)), h);
}
