// opencc-js types its core but not the dictionary groups it exports by path.
declare module 'opencc-js/from/hk' { const group: import('opencc-js/core').DictGroup[]; export default group; }
declare module 'opencc-js/from/tw' { const group: import('opencc-js/core').DictGroup[]; export default group; }
declare module 'opencc-js/to/cn' { const group: import('opencc-js/core').DictGroup[]; export default group; }
declare module 'opencc-js/from/cn' { const group: import('opencc-js/core').DictGroup[]; export default group; }
declare module 'opencc-js/to/tw' { const group: import('opencc-js/core').DictGroup[]; export default group; }
