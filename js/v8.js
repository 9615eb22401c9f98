'use strict';

// v8 — gonode runs on goja, not V8: the serializer classes exist (so subclasses load), every
// function throws ERR_NOT_IMPLEMENTED.

const { cls, define, fns } = require('internal/stub');

const { Serializer, Deserializer } = define('v8', { Serializer: cls(), Deserializer: cls() });

module.exports = define('v8', {
  ...fns('cachedDataVersionTag getHeapSnapshot getHeapStatistics getHeapSpaceStatistics'),
  ...fns('getHeapCodeStatistics setFlagsFromString'),
  Serializer,
  Deserializer,
  DefaultSerializer: cls(Serializer),
  DefaultDeserializer: cls(Deserializer),
  ...fns('deserialize takeCoverage stopCoverage serialize writeHeapSnapshot'),
  promiseHooks: define('v8.promiseHooks', fns('createHook onInit onBefore onAfter onSettled')),
  ...fns('queryObjects'),
  startupSnapshot: define('v8.startupSnapshot', fns(
    'addDeserializeCallback addSerializeCallback setDeserializeMainFunction isBuildingSnapshot')),
  ...fns('setHeapSnapshotNearHeapLimit'),
  GCProfiler: cls(),
});
