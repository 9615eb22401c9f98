// Less common cases: copy modes (FICLONE, FICLONE_FORCE leaves no destination), symlink types,
// opening directories, errors through files in a path, links to directories, odd timestamps.
'use strict';
const fs=require('fs'), path=require('path'), os=require('os');
const dir=fs.mkdtempSync(path.join(os.tmpdir(),'x-')); const p=(n)=>path.join(dir,n);
const t=(l,f)=>{try{console.log(l,'ok',f())}catch(e){console.log(l,e.code,e.message.split(dir).join('<d>'))}};
fs.writeFileSync(p('a'),'abc');
t('ficlone', ()=>fs.copyFileSync(p('a'),p('b'),fs.constants.COPYFILE_FICLONE));
// Whether a reflink is possible depends on the file system: either it worked, or it failed
// with ENOTSUP and left no destination.
let cloned;
try { fs.copyFileSync(p('a'),p('c'),fs.constants.COPYFILE_FICLONE_FORCE); cloned = 'cloned'; } catch (e) { cloned = e.code; }
console.log('ficlone force consistent', cloned === 'cloned' ? fs.readFileSync(p('c'),'utf8') === 'abc' : cloned === 'ENOTSUP' && !fs.existsSync(p('c')));
t('symlink dir', ()=>fs.symlinkSync(dir, p('ld'), 'dir'));
t('symlink junction', ()=>fs.symlinkSync(dir, p('lj'), 'junction'));
t('readFile a+', ()=>fs.readFileSync(p('new'),{flag:'a+'}).length);
t('open dir r', ()=>typeof fs.openSync(dir));
t('open dir w', ()=>fs.openSync(dir,'w'));
t('mkdir in file', ()=>fs.mkdirSync(p('a/x')));
t('rmdir on file', ()=>fs.rmdirSync(p('a')));
t('rename dir into file', ()=>fs.renameSync(p('ld'), p('a/x')));
t('link dir', ()=>fs.linkSync(dir, p('hd')));
t('readlink missing', ()=>fs.readlinkSync(p('zz')));
t('utimes big', ()=>{fs.utimesSync(p('a'), 2**40, -5); return fs.statSync(p('a')).atimeMs;});
t('futimes date', ()=>{const fd=fs.openSync(p('a')); fs.futimesSync(fd, new Date(5000), '7'); fs.closeSync(fd); return fs.statSync(p('a')).mtimeMs;});
fs.rmSync(dir,{recursive:true});
