/*
 * Cuedeck companion page: the reference viewer client (docs/API.md, "The companion page").
 * Plain script, no framework, no eval, no HTML strings: every text from the server goes into the
 * page through textContent, and the page's policy (Trusted Types, no policy) refuses every HTML sink.
 */
(function () {
  'use strict';

  var HEARTBEAT_MS = 30000;
  var MAX_BACKOFF_MS = 30000;
  var STABLE_MS = 5000;
  var MAX_CARDS = 4;
  var MAX_TEXT = 500;
  var ID_KEY = 'cuedeck.viewerId';
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  var TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

  var STRINGS = {
    en: {
      skip: 'Skip to the cues', connecting: 'Connecting…', live: 'Connected',
      down: 'Connection lost. Reconnecting…', ended: 'This show has ended. Thank you for watching!',
      noShow: 'There is no show at this address.', waiting: 'Waiting for the next question…',
      notStarted: 'The show has not started yet.', startsAt: 'It starts at {0}.',
      'kind.poll': 'Poll', 'kind.quiz': 'Quiz', 'kind.question': 'Question', 'kind.announcement': 'Announcement',
      newCue: 'New {0}: {1}', resultsIn: 'Results: {0}', timeLeft: 'Time left', closed: 'Closed',
      sending: 'Sending your answer…', received: 'Answer received', late: 'Closed: your answer came too late.',
      retrying: 'Your answer is not saved yet; trying again…', invalid: 'This answer was not accepted. Try again.',
      unknown: 'This question can no longer be answered.', yourAnswer: 'Your answer', send: 'Send',
      charsLeft: '{0} characters left', correct: 'Correct answer', vote: '{0} vote', votes: '{0} votes'
    },
    'zh-TW': {
      skip: '跳到題目', connecting: '連線中…', live: '已連線',
      down: '連線中斷，正在重新連線…', ended: '節目已結束，感謝收看！',
      noShow: '這個網址沒有節目。', waiting: '等待下一個題目…',
      notStarted: '節目尚未開始。', startsAt: '預計 {0} 開始。',
      'kind.poll': '投票', 'kind.quiz': '測驗', 'kind.question': '提問', 'kind.announcement': '公告',
      newCue: '新的{0}：{1}', resultsIn: '結果揭曉：{0}', timeLeft: '剩餘時間', closed: '已截止',
      sending: '正在送出你的答案…', received: '已收到你的答案', late: '已截止：你的答案太晚送達。',
      retrying: '答案尚未儲存，正在重試…', invalid: '這個答案未被接受，請再試一次。',
      unknown: '這個題目已無法作答。', yourAnswer: '你的答案', send: '送出',
      charsLeft: '還可輸入 {0} 字', correct: '正確答案', vote: '{0} 票', votes: '{0} 票'
    },
    ko: {
      skip: '질문으로 건너뛰기', connecting: '연결 중…', live: '연결됨',
      down: '연결이 끊겼습니다. 다시 연결하는 중…', ended: '방송이 끝났습니다. 시청해 주셔서 감사합니다!',
      noShow: '이 주소에는 방송이 없습니다.', waiting: '다음 질문을 기다리는 중…',
      notStarted: '방송이 아직 시작되지 않았습니다.', startsAt: '{0}에 시작합니다.',
      'kind.poll': '투표', 'kind.quiz': '퀴즈', 'kind.question': '질문', 'kind.announcement': '공지',
      newCue: '새 {0}: {1}', resultsIn: '결과 발표: {0}', timeLeft: '남은 시간', closed: '마감',
      sending: '답변을 보내는 중…', received: '답변이 접수되었습니다', late: '마감: 답변이 너무 늦게 도착했습니다.',
      retrying: '답변이 아직 저장되지 않았습니다. 다시 시도하는 중…', invalid: '이 답변은 접수되지 않았습니다. 다시 시도해 주세요.',
      unknown: '이 질문에는 더 이상 답할 수 없습니다.', yourAnswer: '내 답변', send: '보내기',
      charsLeft: '{0}자 남음', correct: '정답', vote: '{0}표', votes: '{0}표'
    }
  };

  // ---- who and where -------------------------------------------------------------------------

  var showId = decodeURIComponent(location.pathname.split('/')[2] || '');
  var prefs = browserLanguages();
  var uiLang = pageLanguage(prefs);
  var socketLang = prefs[0] || '';
  var viewerId = loadViewerId();
  var base = '/v1/shows/' + encodeURIComponent(showId);

  function browserLanguages() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    return Array.prototype.filter.call(list, function (tag) { return typeof tag === 'string' && TAG.test(tag); });
  }

  function pageLanguage(tags) {
    for (var i = 0; i < tags.length; i++) {
      var primary = tags[i].split('-')[0].toLowerCase();
      if (primary === 'zh') { return 'zh-TW'; }
      if (primary === 'ko' || primary === 'en') { return primary; }
    }
    return 'en';
  }

  /** A client-made id kept in local storage, instead of a cookie. */
  function loadViewerId() {
    var id = null;
    try { id = localStorage.getItem(ID_KEY); } catch (e) { /* storage off: an id for this visit */ }
    if (!id || !UUID.test(id)) {
      id = newUuid();
      try { localStorage.setItem(ID_KEY, id); } catch (e) { /* as above */ }
    }
    return id.toLowerCase();
  }

  function newUuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    // randomUUID exists only in secure contexts; a phone at a rehearsal loads this over plain http.
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var x = Array.prototype.map.call(b, function (v) { return (v + 256).toString(16).slice(1); }).join('');
    return x.slice(0, 8) + '-' + x.slice(8, 12) + '-' + x.slice(12, 16) + '-' + x.slice(16, 20) + '-' + x.slice(20);
  }

  function t(key) {
    var text = STRINGS[uiLang][key] || STRINGS.en[key] || key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  // ---- the page's fixed parts ----------------------------------------------------------------

  var $ = function (id) { return document.getElementById(id); };
  var link = $('link');
  var linkText = $('link-text');
  var waiting = $('waiting');
  var cardsEl = $('cards');
  var cards = {};
  var order = [];
  var show = null;
  var stopped = false;

  function h(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text != null) { el.textContent = text; }
    return el;
  }

  function setLink(state, text) {
    link.setAttribute('data-state', state);
    linkText.textContent = text || t(state);
  }

  function say(region, text) {
    var el = $(region);
    el.textContent = '';
    setTimeout(function () { el.textContent = text; }, 50);
  }

  function showWaiting() {
    if (order.length || stopped) {
      waiting.textContent = stopped ? waiting.textContent : '';
      return;
    }
    var text = t('waiting');
    if (show && show.status === 'draft') {
      text = t('notStarted');
      if (show.scheduledStart) {
        var when = new Intl.DateTimeFormat(uiLang, { hour: 'numeric', minute: '2-digit' });
        text += ' ' + t('startsAt', when.format(new Date(show.scheduledStart)));
      }
    }
    waiting.textContent = text;
  }

  function loadShow() {
    return fetch(base, { cache: 'no-store' }).then(function (r) {
      if (r.status === 404) { finish('noShow'); return null; }
      return r.ok ? r.json() : null;
    }).then(function (s) {
      if (!s) { return; }
      show = s;
      $('title').textContent = s.title;
      document.title = s.title + ' · Cuedeck';
      if (s.status === 'ended') { finish('ended'); } else { showWaiting(); }
    }).catch(function () { /* offline: the socket's retries bring it back */ });
  }

  /** The show is over (or was never there): no more sockets or heartbeats. */
  function finish(why) {
    stopped = true;
    clearTimeout(retryTimer);
    if (ws) { var old = ws; ws = null; old.close(); }
    order.forEach(function (id) { cards[id].closed = true; render(cards[id]); });
    setLink('ended', t(why));
    waiting.textContent = t(why);
  }

  // ---- the live socket, with reconnects ------------------------------------------------------

  var ws = null;
  var attempt = 0;
  var retryTimer = 0;
  var openedAt = 0;

  function socketUrl() {
    var q = '?viewerId=' + encodeURIComponent(viewerId) + '&platform=web'
      + (socketLang ? '&lang=' + encodeURIComponent(socketLang) : '');
    return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + base + '/live' + q;
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped || ws) { return; }
    setLink(attempt ? 'down' : 'connecting');
    var socket;
    try { socket = new WebSocket(socketUrl()); } catch (e) { reconnectLater(); return; }
    ws = socket;
    socket.onopen = function () {
      if (ws !== socket) { return; }
      openedAt = Date.now();
      setLink('live');
      loadShow();
      order.forEach(function (id) { if (pending(cards[id])) { submit(cards[id]); } });
    };
    socket.onmessage = function (ev) { if (ws === socket) { receive(ev.data); } };
    socket.onclose = function (ev) {
      if (ws !== socket) { return; }
      ws = null;
      if (openedAt && Date.now() - openedAt > STABLE_MS) { attempt = 0; }
      openedAt = 0;
      if (ev.code === 1000 || ev.code === 1008) {
        loadShow().then(reconnectLater);   // ended or unknown show: loadShow stops us
      } else {
        reconnectLater();
      }
    };
  }

  /** Exponential backoff with jitter: 0.5-1 s, 1-2 s, 2-4 s ... up to 15-30 s. */
  function reconnectLater() {
    if (stopped || ws) { return; }
    attempt++;
    var cap = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempt - 1));
    setLink('down');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, cap / 2 + Math.random() * cap / 2);
  }

  function reconnectNow() {
    if (!stopped && !ws) { attempt = 0; connect(); }
  }

  function send(message) {
    if (ws && ws.readyState === 1) {
      ws.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function heartbeat() {
    if (stopped) { return; }
    if (show && show.status === 'draft') { loadShow(); }     // no event says the show went live
    send({ type: 'heartbeat' });
    var body = { viewerId: viewerId, platform: 'web' };
    if (socketLang) { body.lang = socketLang; }
    fetch(base + '/heartbeat', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      keepalive: true, cache: 'no-store'
    }).then(function (r) {
      if (r.status === 404) { finish('noShow'); }
      if (r.status === 409) { finish('ended'); }
    }).catch(function () {
      // The network failed under us: a socket that looks open may be dead; start over.
      if (ws) { ws.close(); }
    });
  }

  // ---- what the server says ------------------------------------------------------------------

  function receive(text) {
    var m;
    try { m = JSON.parse(text); } catch (e) { return; }
    if (!m || typeof m !== 'object') { return; }
    var card = cards[m.fireId];
    if (m.type === 'cue') {
      send({ type: 'ack', fireId: m.fireId });
      cue(m);
    } else if (!card) {
      return;
    } else if (m.type === 'closed') {
      close(card);
    } else if (m.type === 'results') {
      card.results = m;
      close(card);
      say('notice', t('resultsIn', card.prompt));
    } else if (m.type === 'accepted') {
      answered(card, 'received');
    } else if (m.type === 'refused') {
      refused(card, m.reason);
    }
  }

  function cue(m) {
    var now = Date.now();
    if (show) { show.status = 'live'; }    // only a live show fires
    var card = cards[m.fireId];
    var fresh = !card;
    if (fresh) {
      card = cards[m.fireId] = { fireId: m.fireId, answer: null, draft: '', results: null, closed: false };
      card.el = h('article', 'cue');
      card.el.setAttribute('data-fire', m.fireId);
      card.el.setAttribute('aria-labelledby', 'p-' + m.fireId);
      order.unshift(m.fireId);
      cardsEl.insertBefore(card.el, cardsEl.firstChild);
      prune();
    }
    card.kind = m.kind;
    card.lang = m.lang;
    card.prompt = m.prompt;
    card.options = m.options || [];
    card.skew = Date.parse(m.sentAt) - now;    // server clock minus ours
    card.closesAt = Date.parse(m.closesAt);
    if (fresh) { card.total = Math.max(1, card.closesAt - Date.parse(m.sentAt)); }
    render(card);
    showWaiting();
    if (fresh) { say('announcer', t('newCue', t('kind.' + card.kind), card.prompt)); }
  }

  function close(card) {
    card.closed = true;
    if (card.kind === 'announcement') { remove(card); } else { render(card); }
  }

  function refused(card, reason) {
    if (reason === 'duplicate') {
      answered(card, 'received');       // an earlier try of this answer was stored
    } else if (reason === 'closed') {
      answered(card, 'late');
    } else if (reason === 'unavailable') {
      answered(card, 'retrying');
      card.retry = setTimeout(function () { submit(card); }, 1500 + Math.random() * 2500);
    } else {
      answered(card, reason === 'unknown_fire' ? 'unknown' : 'invalid');
    }
  }

  function answered(card, status) {
    if (!card.answer) { return; }
    card.answer.status = status;
    render(card);
    say('notice', t(status));
  }

  function prune() {
    for (var i = order.length - 1; i >= 0 && order.length > MAX_CARDS; i--) {
      if (cards[order[i]].closed) { remove(cards[order[i]]); }
    }
  }

  function remove(card) {
    clearTimeout(card.retry);
    if (card.el.parentNode) { card.el.parentNode.removeChild(card.el); }
    order.splice(order.indexOf(card.fireId), 1);
    delete cards[card.fireId];
    showWaiting();
  }

  // ---- answering -----------------------------------------------------------------------------

  function pending(card) {
    return !!card.answer && !card.closed && (card.answer.status === 'sending' || card.answer.status === 'retrying');
  }

  function locked(card) {
    return card.closed || (!!card.answer && /^(sending|retrying|received)$/.test(card.answer.status));
  }

  function answer(card, choice, text) {
    if (locked(card)) { return; }
    card.answer = { choice: choice, text: text, status: 'sending' };
    render(card);
    submit(card);
  }

  /** Over the socket when it is open, else over HTTP; a failure waits for the next socket. */
  function submit(card) {
    clearTimeout(card.retry);
    var a = card.answer;
    var m = { type: 'answer', fireId: card.fireId };
    if (a.text != null) { m.text = a.text; } else { m.choice = a.choice; }
    if (send(m)) { return; }
    var body = { viewerId: viewerId };
    if (a.text != null) { body.text = a.text; } else { body.choice = a.choice; }
    fetch(base + '/fires/' + encodeURIComponent(card.fireId) + '/answer', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store'
    }).then(function (r) {
      return r.json().then(function (j) {
        if (r.ok) { answered(card, 'received'); } else { refused(card, j.error === 'not_found' ? 'unknown_fire' : j.error); }
      });
    }).catch(function () { /* offline: sent again when the socket opens */ });
  }

  // ---- drawing a cue -------------------------------------------------------------------------

  function render(card) {
    if (!cards[card.fireId]) { return; }
    var had = document.activeElement && card.el.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-k') : null;
    var el = card.el;
    el.textContent = '';
    el.setAttribute('data-state', card.closed ? 'closed' : 'open');
    el.setAttribute('data-kind', card.kind);

    var head = h('div', 'head');
    head.appendChild(h('span', 'kind', t('kind.' + card.kind)));
    var timer = h('span', 'timer');
    timer.setAttribute('role', 'timer');
    card.timeLabel = timer.appendChild(h('span', 'sr-only', t('timeLeft') + ' '));
    card.clock = timer.appendChild(h('span', null, ''));
    head.appendChild(timer);
    el.appendChild(head);
    var time = h('div', 'time');
    time.setAttribute('aria-hidden', 'true');
    card.fill = time.appendChild(h('div'));
    el.appendChild(time);

    var prompt = h('h2', 'prompt', card.prompt);
    prompt.id = 'p-' + card.fireId;
    prompt.lang = card.lang;
    prompt.tabIndex = -1;
    prompt.setAttribute('data-k', 'prompt');
    el.appendChild(prompt);

    if (card.results) {
      el.appendChild(results(card));
    } else if (card.kind === 'poll' || card.kind === 'quiz') {
      el.appendChild(choices(card));
    } else if (card.kind === 'question') {
      el.appendChild(question(card));
    }
    var state = stateText(card);
    var line = h('p', 'state', state[0]);
    line.setAttribute('data-tone', state[1]);
    el.appendChild(line);
    tick(card);
    if (had) {
      var again = el.querySelector('[data-k="' + had + '"]') || prompt;
      again.focus();
      if (again.tagName === 'TEXTAREA') { again.selectionStart = again.selectionEnd = again.value.length; }
    }
  }

  function stateText(card) {
    var s = card.answer && card.answer.status;
    if (s === 'received') { return [t('received'), 'good']; }
    if (s === 'late' || s === 'retrying') { return [t(s), 'warn']; }
    if (s === 'invalid' || s === 'unknown') { return [t(s), 'bad']; }
    if (s === 'sending' && !card.closed) { return [t('sending'), '']; }
    return ['', ''];
  }

  function choices(card) {
    var group = h('div', 'options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', 'p-' + card.fireId);
    var isLocked = locked(card);
    card.options.forEach(function (text, i) {
      var b = h('button', 'option', text);
      b.type = 'button';
      b.lang = card.lang;
      b.setAttribute('data-k', 'o' + i);
      b.setAttribute('aria-pressed', String(!!card.answer && card.answer.choice === i));
      if (isLocked) { b.setAttribute('aria-disabled', 'true'); b.disabled = card.closed; }
      b.addEventListener('click', function () { answer(card, i, null); });
      group.appendChild(b);
    });
    return group;
  }

  function question(card) {
    var box = h('div', 'ask');
    if (card.answer && card.answer.text != null && locked(card)) {
      box.appendChild(h('p', 'mine', t('yourAnswer') + ': ' + card.answer.text));
      return box;
    }
    if (card.closed) { return box; }
    var id = 'a-' + card.fireId;
    var label = h('label', null, t('yourAnswer'));
    label.htmlFor = id;
    var area = h('textarea');
    area.id = id;
    area.maxLength = MAX_TEXT;
    area.value = card.draft;
    area.setAttribute('data-k', 'text');
    var count = h('p', 'count', t('charsLeft', MAX_TEXT - area.value.length));
    count.id = id + '-n';
    area.setAttribute('aria-describedby', count.id);
    var go = h('button', 'send', t('send'));
    go.type = 'button';
    go.setAttribute('data-k', 'send');
    area.addEventListener('input', function () {
      card.draft = area.value;
      count.textContent = t('charsLeft', MAX_TEXT - area.value.length);
    });
    go.addEventListener('click', function () {
      var text = area.value.trim();
      if (text) { answer(card, null, text); } else { area.focus(); }
    });
    [label, area, count, go].forEach(function (n) { box.appendChild(n); });
    return box;
  }

  function results(card) {
    var counts = card.results.counts || [];
    var total = counts.reduce(function (a, b) { return a + b; }, 0);
    var list = h('ol', 'results');
    list.setAttribute('aria-labelledby', 'p-' + card.fireId);
    card.options.forEach(function (text, i) {
      var n = counts[i] || 0;
      var pct = total ? Math.round(n * 100 / total) : 0;
      var item = h('li');
      var row = item.appendChild(h('div', 'row'));
      var name = row.appendChild(h('span', 'name', text));
      name.lang = card.lang;
      row.appendChild(h('span', 'figure', t(n === 1 ? 'vote' : 'votes', n) + ' · ' + pct + '%'));
      var meter = item.appendChild(h('div', 'meter'));
      meter.setAttribute('aria-hidden', 'true');
      meter.appendChild(h('div')).style.width = pct + '%';
      if (card.results.correctOption === i) {
        item.className = 'correct';
        item.appendChild(h('span', 'mark', '✓ ' + t('correct')));
      }
      if (card.answer && card.answer.choice === i) {
        item.appendChild(h('span', 'mine', t('yourAnswer')));
      }
      list.appendChild(item);
    });
    return list;
  }

  // ---- the countdown -------------------------------------------------------------------------

  function tick(card) {
    if (!card.clock) { return; }
    var left = card.closesAt - (Date.now() + card.skew);
    if (!card.closed && left <= 0) {
      close(card);
      return;
    }
    if (card.closed) {
      card.timeLabel.textContent = '';
      card.clock.textContent = t('closed');
      card.fill.style.width = '0%';
      return;
    }
    var s = Math.ceil(left / 1000);
    var text = Math.floor(s / 60) + ':' + ('0' + s % 60).slice(-2);
    if (card.clock.textContent !== text) { card.clock.textContent = text; }
    card.fill.style.width = Math.max(0, Math.min(100, left * 100 / card.total)) + '%';
  }

  // ---- start ---------------------------------------------------------------------------------

  document.documentElement.lang = uiLang;
  $('skip').textContent = t('skip');
  setLink('connecting');
  loadShow();
  connect();
  heartbeat();
  setInterval(heartbeat, HEARTBEAT_MS);
  setInterval(function () { order.slice().forEach(function (id) { if (cards[id]) { tick(cards[id]); } }); }, 500);
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') { reconnectNow(); }
  });
}());
