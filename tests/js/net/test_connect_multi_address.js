'use strict';
// A name with several addresses is tried in order until one connects (Node v20: autoSelectFamily,
// on by default). A custom `lookup` fixes the resolver's answer so both orders are covered whatever
// this host's /etc/hosts says; then the real resolver for 'localhost'.
//  - ::1 first, server only on 127.0.0.1 -> connects to 127.0.0.1;
//  - 127.0.0.1 first, server only on ::1 -> connects to ::1;
//  - every address refused -> one 'error': an AggregateError (code ECONNREFUSED, .errors: one per
//    attempt, in order), then 'close'(true);
//  - socket.autoSelectFamilyAttemptedAddresses lists "address:port" of each attempt (only when the
//    name gave several addresses).
//  - one 'lookup' event per address; attempts alternate families (first address's family first),
//    each address once;
//  - with a family, a localAddress or autoSelectFamily: false, one address is asked for and tried.
// (Node also moves on after 250 ms without an answer; on loopback refusals are immediate.)
var common = require('../common');
var assert = require('assert');
var net = require('net');
var dns = require('dns');
common.deadline(15000);
// Node gives each attempt 250 ms before it moves on; on a busy machine its own event loop can be late
// by that much, which aborts attempts that would have connected (and has left Node v20 hanging). Here
// every attempt is answered at once on loopback, so the attempt timer is taken out of play; netjs
// waits for each attempt's answer and has no such timer.
if (net.setDefaultAutoSelectFamilyAttemptTimeout) net.setDefaultAutoSelectFamilyAttemptTimeout(60000);

function fakeLookup(list) {
  return common.mustCall(function (host, opts, cb) {
    assert.strictEqual(host, 'dual.test');
    assert.strictEqual(opts.all, true);
    setImmediate(function () { cb(null, list); });
  });
}
var V6_FIRST = [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }];
var V4_FIRST = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];

function serveOn(address, tag, cb) {
  var srv = net.createServer(function (s) { s.end(tag); });
  srv.listen(0, address, common.mustCall(function () { cb(srv, srv.address().port); }));
}

function expectConnect(list, serverAddress, next) {
  serveOn(serverAddress, 'hello from ' + serverAddress, function (srv, port) {
    var c = net.connect({ port: port, host: 'dual.test', lookup: fakeLookup(list) });
    var lookups = [];
    c.on('lookup', common.mustCall(function (err, address, family, host) {
      assert.strictEqual(err, null);
      assert.strictEqual(host, 'dual.test');
      lookups.push({ address: address, family: family });
    }, list.length));  // one 'lookup' per address, in the resolver's order
    c.on('error', common.mustNotCall('error: ' + serverAddress));
    c.on('connect', common.mustCall(function () {
      assert.strictEqual(c.remoteAddress, serverAddress);
      assert.strictEqual(c.remotePort, port);
      assert.strictEqual(c.remoteFamily, net.isIP(serverAddress) === 6 ? 'IPv6' : 'IPv4');
      assert.deepStrictEqual(lookups, list);
      var tried = list.map(function (a) { return a.address + ':' + port; });
      assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, tried);
    }));
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () { assert.strictEqual(got, 'hello from ' + serverAddress); }));
    c.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      srv.close(next);
    }));
  });
}

function expectAllRefused(next) {
  serveOn('127.0.0.1', 'x', function (srv, port) {
    srv.close(common.mustCall(function () {
      var c = net.connect({ port: port, host: 'dual.test', lookup: fakeLookup(V4_FIRST) });
      c.on('connect', common.mustNotCall('connect to a closed port'));
      c.on('error', common.mustCall(function (err) {
        assert.ok(err instanceof Error);
        assert.strictEqual(err.name, 'AggregateError');
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.message, '');
        assert.deepStrictEqual(Object.keys(err), ['code']);
        assert.strictEqual(err.errors.length, 2);
        assert.strictEqual(err.errors[0].message, 'connect ECONNREFUSED 127.0.0.1:' + port);
        assert.strictEqual(err.errors[0].address, '127.0.0.1');
        assert.strictEqual(err.errors[1].message, 'connect ECONNREFUSED ::1:' + port);
        assert.strictEqual(err.errors[1].address, '::1');
        assert.strictEqual(err.errors[1].port, port);
        assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, ['127.0.0.1:' + port, '::1:' + port]);
      }));
      c.on('close', common.mustCall(function (hadError) {
        assert.strictEqual(hadError, true);
        next();
      }));
    }));
  });
}

// One address: a plain error, no attempted-addresses list.
function expectSingleRefused(next) {
  serveOn('127.0.0.1', 'x', function (srv, port) {
    srv.close(common.mustCall(function () {
      var c = net.connect({
        port: port, host: 'dual.test',
        lookup: fakeLookup([{ address: '127.0.0.1', family: 4 }])
      });
      c.on('error', common.mustCall(function (err) {
        assert.strictEqual(err.name, 'Error');
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:' + port);
        assert.strictEqual(err.errors, undefined);
        assert.strictEqual(c.autoSelectFamilyAttemptedAddresses, undefined);
      }));
      c.on('close', common.mustCall(function () { next(); }));
    }));
  });
}

// The real resolver: 'localhost' reaches a server on 127.0.0.1 whatever the order; a server only on
// ::1 is reached when localhost resolves to ::1 too (not on hosts whose /etc/hosts lacks it, nor
// on hosts without a non-loopback IPv6 address).
function realLocalhost(next) {
  // net.connect asks with AI_ADDRCONFIG: ::1 only on hosts with a non-loopback IPv6 address.
  dns.lookup('localhost', { all: true, hints: dns.ADDRCONFIG }, common.mustCall(function (err, addresses) {
    assert.ifError(err);
    var has6 = addresses.some(function (a) { return a.address === '::1'; });
    serveOn('127.0.0.1', 'v4', function (srv4, port4) {
      var c = net.connect(port4, 'localhost');
      c.on('connect', common.mustCall(function () {
        assert.strictEqual(c.remoteAddress, '127.0.0.1');
        c.end();
      }));
      c.resume();
      c.on('close', common.mustCall(function () {
        srv4.close();
        serveOn('::1', 'v6', function (srv6, port6) {
          var d = net.connect(port6, 'localhost');
          if (has6) {
            d.on('connect', common.mustCall(function () {
              assert.strictEqual(d.remoteAddress, '::1');
              d.end();
            }));
          } else {
            d.on('error', common.mustCall(function (e) {
              assert.strictEqual(e.code, 'ECONNREFUSED');
            }));
          }
          d.resume();
          d.on('close', common.mustCall(function () { srv6.close(next); }));
        });
      }));
    });
  }));
}

// Families alternate, starting with the first address's family; duplicates are tried once.
function expectInterleaved(next) {
  serveOn('127.0.0.1', 'x', function (srv, port) {
    srv.close(common.mustCall(function () {
      var list = [
        { address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 },
        { address: '127.0.0.2', family: 4 }, { address: '::1', family: 6 }
      ];
      var c = net.connect({ port: port, host: 'dual.test', lookup: fakeLookup(list) });
      c.on('lookup', common.mustCall(4));
      c.on('error', common.mustCall(function (err) {
        assert.strictEqual(err.name, 'AggregateError');
        assert.strictEqual(err.errors.length, 3);
        assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses,
          ['127.0.0.2:' + port, '::1:' + port, '127.0.0.1:' + port]);
      }));
      c.on('close', common.mustCall(function () { next(); }));
    }));
  });
}

// A family, a localAddress or autoSelectFamily: false ask the resolver for one address (no `all`):
// one 'lookup' event, one attempt, a plain error, no autoSelectFamilyAttemptedAddresses. A name
// answered with something that is not an address fails with ERR_INVALID_IP_ADDRESS after 'lookup'.
function expectOneAddress(next) {
  var cases = [
    { options: { family: 4 }, family: 4, hints: 0 },
    { options: { localAddress: '127.0.0.1' }, family: undefined, hints: dns.ADDRCONFIG },
    { options: { autoSelectFamily: false }, family: undefined, hints: dns.ADDRCONFIG }
  ];
  serveOn('127.0.0.1', 'x', function (srv, port) {
    srv.close(common.mustCall(function () {
      (function run(i) {
        if (i === cases.length) return badAnswer();
        var opts = { port: port, host: 'one.test' };
        Object.keys(cases[i].options).forEach(function (k) { opts[k] = cases[i].options[k]; });
        opts.lookup = common.mustCall(function (host, lookupOpts, cb) {
          assert.strictEqual(host, 'one.test');
          assert.ok(!lookupOpts.all, JSON.stringify(lookupOpts));
          assert.strictEqual(lookupOpts.family, cases[i].family);
          assert.strictEqual(lookupOpts.hints, cases[i].hints);
          setImmediate(function () { cb(null, '127.0.0.1', 4); });
        });
        var c = net.connect(opts);
        c.on('lookup', common.mustCall(function (err, address, family, host) {
          assert.deepStrictEqual([err, address, family, host], [null, '127.0.0.1', 4, 'one.test']);
        }));
        c.on('error', common.mustCall(function (err) {
          assert.strictEqual(err.name, 'Error');
          assert.strictEqual(err.code, 'ECONNREFUSED');
          assert.strictEqual(c.autoSelectFamilyAttemptedAddresses, undefined);
        }));
        c.on('close', common.mustCall(function () { run(i + 1); }));
      })(0);
    }));
  });
  function badAnswer() {
    var c = net.connect({ port: 9, host: 'one.test', family: 4,
      lookup: function (host, o, cb) { setImmediate(cb, null, 'not-an-ip', 4); } });
    c.on('lookup', common.mustCall(function (err, address) {
      assert.strictEqual(err, null);
      assert.strictEqual(address, 'not-an-ip');
    }));
    c.on('connect', common.mustNotCall('connect to not-an-ip'));
    c.on('error', common.mustCall(function (err) {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS');
      assert.strictEqual(err.message, 'Invalid IP address: not-an-ip');
    }));
    c.on('close', common.mustCall(function () { next(); }));
  }
}

expectConnect(V6_FIRST, '127.0.0.1', function () {
  expectConnect(V4_FIRST, '::1', function () {
    expectAllRefused(function () {
      expectSingleRefused(function () {
        expectInterleaved(function () {
          realLocalhost(function () {
            expectOneAddress(function () {});
          });
        });
      });
    });
  });
});
