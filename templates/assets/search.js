// Searches the sharded index the generator wrote under search/: the manifest, then only the
// shards of the query's terms and the document chunks of the results. No dependencies.
(function () {
  "use strict";
  var script = document.getElementById("search-script");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!script || !input || !results) { return; }
  var manifestUrl = new URL(script.getAttribute("data-index"), document.baseURI);
  var searchBase = new URL("./", manifestUrl);
  var siteRoot = new URL("../", manifestUrl);
  var manifest = null;
  var cache = {};
  var latest = 0;
  var MAX_RESULTS = 50;

  function getJson(url) {
    var key = url.href;
    if (!cache[key]) {
      cache[key] = fetch(url).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      });
    }
    return cache[key];
  }

  // The same normalisation as the generator's SearchIndex.terms.
  function terms(text) {
    var plain = text.toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "");
    var seen = {};
    return plain.split(/[^\p{L}\p{N}]+/u).filter(function (term) {
      if (term.length < 2 || term.length > 40 || seen[term]) { return false; }
      seen[term] = true;
      return true;
    });
  }

  function shardOf(term) {
    return Array.from(new TextEncoder().encode(term.slice(0, 2)), function (byte) {
      return byte.toString(16).padStart(2, "0");
    }).join("");
  }

  // The documents containing a word that starts with the term, so that typing "pesk" finds Peskov.
  function documentsFor(term) {
    var shard = shardOf(term);
    if (manifest.shards.indexOf(shard) < 0) { return Promise.resolve(new Set()); }
    return getJson(new URL("terms/" + shard + ".json", searchBase)).then(function (index) {
      var found = new Set();
      Object.keys(index).forEach(function (word) {
        if (word.indexOf(term) !== 0) { return; }
        var number = 0;
        index[word].forEach(function (delta) { number += delta; found.add(number); });
      });
      return found;
    });
  }

  function show(query, documents, count) {
    results.textContent = "";
    status.textContent = count + (count === 1 ? " result" : " results") + " for “" + query + "”"
      + (count > documents.length ? ", the first " + documents.length + " shown" : "");
    documents.forEach(function (document_) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind-label";
      kind.textContent = document_.k + " ";
      var link = document.createElement("a");
      link.href = new URL(document_.u, siteRoot).href;
      link.textContent = document_.t;
      var snippet = document.createElement("p");
      snippet.className = "detail";
      snippet.textContent = document_.s;
      item.append(kind, link, snippet);
      results.append(item);
    });
  }

  function search(query) {
    var request = ++latest;
    var words = terms(query);
    if (!words.length) { results.textContent = ""; status.textContent = ""; return; }
    Promise.all(words.map(documentsFor)).then(function (sets) {
      var matches = Array.from(sets[0]).filter(function (number) {
        return sets.every(function (set) { return set.has(number); });
      }).sort(function (a, b) { return a - b; });
      var shown = matches.slice(0, MAX_RESULTS);
      var chunks = Array.from(new Set(shown.map(function (n) { return Math.floor(n / manifest.chunk); })));
      return Promise.all(chunks.map(function (chunk) {
        return getJson(new URL("docs/" + chunk + ".json", searchBase)).then(function (list) { return [chunk, list]; });
      })).then(function (loaded) {
        var byChunk = new Map(loaded);
        var documents = shown.map(function (n) { return byChunk.get(Math.floor(n / manifest.chunk))[n % manifest.chunk]; });
        // Pages whose title has every term come first.
        documents.sort(function (a, b) {
          var at = words.every(function (w) { return terms(a.t).some(function (t) { return t.indexOf(w) === 0; }); });
          var bt = words.every(function (w) { return terms(b.t).some(function (t) { return t.indexOf(w) === 0; }); });
          return (bt ? 1 : 0) - (at ? 1 : 0);
        });
        if (request === latest) { show(query, documents, matches.length); }
      });
    }).catch(function () {
      status.textContent = "The search index could not be loaded.";
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var timer = 0;
  getJson(manifestUrl).then(function (loaded) {
    manifest = loaded;
    search(input.value);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(input.value); }, 120);
    });
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
