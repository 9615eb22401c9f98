'use strict';
// util.parseEnv: Node v20's dotenv parser on edge cases, key order, and validation.
const inputs = [
  'A=1\nB=2', 'A=1\r\nB=2\r\n', 'A=1\rB=2', 'export A=1', 'export   A=1', ' export A = 2 ',
  'A = "x y"', "A='x y'", 'A=`x y`', 'A="a\\nb"', "A='a\\nb'", 'A=`a\\nb`',
  'A="multi\nline"', "A='multi\nline'", 'A=`multi\nline`', 'A="unterminated\nB=2',
  'A=x # comment', 'A="x # not" # c', '# comment\nA=1', 'A=#x', 'A= # x', 'A=a#b',
  'A=', 'A', '=1', ' = 1', 'A=1\nA=2', 'B=1\nA=2', 'A.B-C=1', 'A B=1', 'A:1', 'A: 1',
  'A="x"y', 'A="x" y', 'A=  spaced  ', 'A="  spaced  "', 'A=\t tab\t', 'A="a\\"b"', "A='it\\'s'",
  'A="{\n  \\"k\\": 1\n}"', 'A=é', '\uFEFFA=1', 'A=1\n\n\nB=2', 'A="x\nB=2"\nC=3', 'A=\'x\' # c',
  'export', 'export =1', 'A=1=2', 'A==1', '  A  =  1  ', 'A="x\\\\ny"', 'A=`x"y\'z`', "A=\"x'y\"",
  'A=\'"x"\'', 'A="', "A='", 'A=`', 'A="a"#c', '#A=1', 'A=1 #', 'A=1#', 'A="x\r\ny"', 'KEY=val\\nue',
  'A="a\\tb"', 'A = "x" \nB = y', '1A=2', '__proto__=1', 'constructor=x', 'A=1\nexport B=2\n#C=3\n',
];
for (const s of inputs) {
  let r;
  try { r = util.parseEnv(s); } catch (e) { r = e.message; }
  console.log(JSON.stringify(s), '=>', JSON.stringify(r), Object.getPrototypeOf(r) === Object.prototype);
}
for (const v of [undefined, 1, null, {}, Buffer.from('A=1')]) {
  try { console.log(util.parseEnv(v)); } catch (e) { console.log(`${e.code}: ${e.message}`); }
}
console.log(util.parseEnv.length, util.parseEnv.name);
const more = [
  'A=1\n   \nB=2', '  # c\nA=1', 'A=1\n  # c\nB=2', "A= 'x'", 'A=x\n#c', 'A=x\n#c=1', 'A=1\n\t\nB=2', '\tA=1',
  'A=  "x\\ny"', 'A=1\n#', 'A="x', 'A="x\n', 'A=\'x\nB=1', '\n\nA=1', ' \n A=1', 'A=1 \n', 'A= \nB=2',
  'A="a"\nB', 'A=`x` y #z', 'A="x"\r\nB=2\r\n', 'é=1\nz=2\nZ=3\n\u{1F600}=4\n\uFFFD=5', '10=a\n2=b\nb=c\na=d',
  'A=a # b # c', 'A="a" "b"', 'A  B  =  C  D', 'A="\\n"', 'A="\\\\n"', 'A=x\\', 'A="x\n\ny"\nB=1', 'export export A=1',
  'EXPORT A=1', ' export  A=1', 'A=\'a\\nb\'', 'A="  "', "A=''", 'A=""', 'A=``', 'A=""x', 'A=# "x"',
];
for (const s of more) console.log(JSON.stringify(s), '=>', JSON.stringify(util.parseEnv(s)));
const big = [];
for (let i = 0; i < 200; i++) big.push(`K${i % 50}="v${i}"`);
const parsed = util.parseEnv(big.join('\n'));
console.log(Object.keys(parsed).length, parsed.K0, parsed.K49);
