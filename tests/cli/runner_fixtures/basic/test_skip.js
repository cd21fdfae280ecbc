'use strict';
// netjs-test: skip needs a network we do not have
throw new Error('a skipped test must never run');
