// The viewer companion page in a real browser (Debian's Chromium, driven by playwright-core)
// against the real server jar: two phones, one in English and one in Traditional Chinese, follow
// a live show; one of them loses its network for a few seconds through a proxy that really drops
// its connections. Run by ./run.sh (which installs what is needed) or `npm test` in this folder.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { startBackend } from './lib/backend.mjs';
import { startProxy } from './lib/proxy.mjs';
import { api as producerApi, eventually } from './lib/api.mjs';
import { contrastProblems } from './lib/contrast.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const JAR = resolve(here, '..', 'backend-stub', 'target', 'cuedeck-server.jar');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = resolve(here, process.env.SCREENSHOTS_DIR || 'out');
// The launch flags of shared/STACK.md: without the background-networking ones Chromium tries outside hosts.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const WAIT = 15_000;

const POLL = {
  kind: 'poll', defaultLang: 'en', answerSeconds: 120,
  prompt: { en: 'Who wins tonight?', 'zh-TW': '今晚誰會贏？', ko: '오늘 밤 누가 이길까요?' },
  options: [{ en: 'Red team', 'zh-TW': '紅隊', ko: '레드 팀' }, { en: 'Blue team', 'zh-TW': '藍隊', ko: '블루 팀' }],
};
const QUIZ = {
  kind: 'quiz', defaultLang: 'en', answerSeconds: 120, correctOption: 2,
  prompt: { en: 'Which city hosts the final?', 'zh-TW': '決賽在哪個城市舉行？' },
  options: [{ en: 'Osaka', 'zh-TW': '大阪' }, { en: 'Seoul', 'zh-TW': '首爾' }, { en: 'Taipei', 'zh-TW': '台北' }],
};
const QUESTION = {
  kind: 'question', defaultLang: 'en', answerSeconds: 120,
  prompt: { en: 'What should we ask the coach?', 'zh-TW': '你想問教練什麼？' },
};
const HOSTILE = {
  kind: 'question', defaultLang: 'en', answerSeconds: 120,
  prompt: { en: '<img src=x onerror=alert(1)>', 'zh-TW': '<script>alert(2)</script><b>粗體</b>' },
};

let backend;
let proxy;
let browser;
let producer;
let showId;
const phones = {};
const stillOpen = [];

/** A phone: its own browser context (language, storage), its page, and what went wrong in it. */
async function openPhone(locale, origin, show = showId) {
  const context = await browser.newContext({ ...PHONE, locale });
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') { problems.push(`console: ${m.text()}`); } });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(`${origin}/watch/${show}`);
  return { context, page, problems, dialogs, locale };
}

const card = (phone, fireId) => phone.page.locator(`.cue[data-fire="${fireId}"]`);
const text = (locator) => locator.textContent({ timeout: WAIT });

async function seesCue(phone, fireId, prompt) {
  await card(phone, fireId).waitFor({ timeout: WAIT });
  assert.equal(await text(card(phone, fireId).locator('.prompt')), prompt);
}

async function stateOf(phone, fireId, expected) {
  await eventually(`${phone.locale} shows "${expected}"`,
    async () => (await text(card(phone, fireId).locator('.state'))) === expected, WAIT);
}

async function linkState(phone, state, timeout = WAIT) {
  await phone.page.locator(`#link[data-state="${state}"]`).waitFor({ timeout });
}

async function shot(phone, name) {
  mkdirSync(SHOTS, { recursive: true });
  await phone.page.screenshot({ path: join(SHOTS, name) });
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (run.sh does)`);
  assert.ok(existsSync(JAR), `${JAR} is missing: build it with mvn -pl backend-stub -am -DskipTests package (run.sh does)`);
  backend = await startBackend(JAR);
  proxy = await startProxy(backend.port);
  producer = producerApi(backend.baseUrl, backend.token);
  showId = await producer.liveShow('Friday Night Final');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await backend?.stop();
});

describe('the viewer companion page', () => {
  let pollFire;

  it('1. two phones, English and Traditional Chinese, join a live show', async () => {
    phones.en = await openPhone('en-US', backend.baseUrl);
    // The Chinese phone reaches the server through the proxy that step 4 cuts.
    phones.zh = await openPhone('zh-TW', `http://127.0.0.1:${proxy.port}`);
    for (const phone of [phones.en, phones.zh]) {
      await linkState(phone, 'live');
      assert.equal(await text(phone.page.locator('h1')), 'Friday Night Final');
      const id = await phone.page.evaluate(() => localStorage.getItem('cuedeck.viewerId'));
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    assert.equal(await phones.en.page.getAttribute('html', 'lang'), 'en');
    assert.equal(await phones.zh.page.getAttribute('html', 'lang'), 'zh-TW');
    assert.equal(await text(phones.en.page.locator('#link-text')), 'Connected');
    assert.equal(await text(phones.zh.page.locator('#link-text')), '已連線');
    // Both sockets are counted, and their heartbeats made both present, as the web platform.
    const live = await eventually('two sockets and two viewers', async () => {
      const s = await producer.live(showId);
      return s.sockets === 2 && s.viewers === 2 && s;
    });
    assert.equal(live.byPlatform.web, 2);
  });

  it('2. a poll reaches both in their own language; one tap answers it, and both see "answer received"', async () => {
    const receipt = await producer.fire(showId, await producer.cue(showId, POLL));
    pollFire = receipt.fireId;
    assert.equal(receipt.targeted, 2);
    await seesCue(phones.en, pollFire, 'Who wins tonight?');
    await seesCue(phones.zh, pollFire, '今晚誰會贏？');
    assert.deepEqual(await card(phones.zh, pollFire).locator('.option').allTextContents(), ['紅隊', '藍隊']);
    assert.deepEqual(await card(phones.en, pollFire).locator('.option').allTextContents(), ['Red team', 'Blue team']);
    assert.equal(await card(phones.zh, pollFire).locator('.prompt').getAttribute('lang'), 'zh-TW');
    // The live region announces the new cue; the countdown runs.
    await eventually('the announcement', async () =>
      (await text(phones.en.page.locator('#announcer'))) === 'New Poll: Who wins tonight?');
    await eventually('the Chinese announcement', async () =>
      (await text(phones.zh.page.locator('#announcer'))) === '新的投票：今晚誰會贏？');
    assert.match(await text(card(phones.en, pollFire).locator('.timer')), /^Time left [12]:\d\d$/);
    await shot(phones.en, 'watch-en.png');
    await shot(phones.zh, 'watch-zh-TW.png');
    // Both acked on receipt.
    await eventually('two acks', async () =>
      (await producer.live(showId)).openFires.find((f) => f.fireId === pollFire)?.acks === 2);

    await card(phones.en, pollFire).locator('.option').nth(0).tap();
    await card(phones.zh, pollFire).locator('.option').nth(1).tap();
    await stateOf(phones.en, pollFire, 'Answer received');
    await stateOf(phones.zh, pollFire, '已收到你的答案');
    assert.equal(await card(phones.en, pollFire).locator('.option').nth(0).getAttribute('aria-pressed'), 'true');
    const open = (await producer.live(showId)).openFires.find((f) => f.fireId === pollFire);
    assert.equal(open.answers, 2);
  });

  it('3. revealed results reach both, and the fire report counts two acks and two answers', async () => {
    await producer.reveal(showId, pollFire);
    for (const [phone, votes] of [[phones.en, ['1 vote · 50%', '1 vote · 50%']], [phones.zh, ['1 票 · 50%', '1 票 · 50%']]]) {
      await card(phone, pollFire).locator('.results li').first().waitFor({ timeout: WAIT });
      assert.deepEqual(await card(phone, pollFire).locator('.results .figure').allTextContents(), votes);
      assert.equal(await text(card(phone, pollFire).locator('.timer')), phone === phones.en ? 'Closed' : '已截止');
    }
    assert.deepEqual(await card(phones.zh, pollFire).locator('.results .name').allTextContents(), ['紅隊', '藍隊']);
    assert.equal(await text(card(phones.zh, pollFire).locator('.results li').nth(1).locator('.mine')), '你的答案');
    const report = await eventually('the report', async () => {
      const r = await producer.report(showId, pollFire);
      return r.acks === 2 && r.answers === 2 && r;
    });
    assert.deepEqual(report.distribution, [1, 1]);
    assert.equal(report.delivered, 2);
  });

  let quizFire;

  it('4. a phone whose network drops reconnects by itself, gets the still-open cue, then the next one', async () => {
    proxy.cut();
    await linkState(phones.zh, 'down');
    assert.equal(await text(phones.zh.page.locator('#link-text')), '連線中斷，正在重新連線…');
    // Fired while that phone is offline: only the other one gets it now.
    quizFire = (await producer.fire(showId, await producer.cue(showId, QUIZ))).fireId;
    await seesCue(phones.en, quizFire, 'Which city hosts the final?');
    const cutAt = Date.now();
    await eventually('the offline phone tries to reconnect', async () => proxy.refused() >= 1, WAIT);
    await new Promise((r) => setTimeout(r, Math.max(0, 4_000 - (Date.now() - cutAt))));
    assert.equal(await card(phones.zh, quizFire).count(), 0, 'a cue reached a phone that had no network');
    // Backoff: a handful of tries in four seconds, not a tight loop.
    assert.ok(proxy.refused() <= 10, `${proxy.refused()} connection attempts in 4 s: no backoff`);

    proxy.restore();
    await linkState(phones.zh, 'live', 40_000);
    await seesCue(phones.zh, quizFire, '決賽在哪個城市舉行？');
    await card(phones.zh, quizFire).locator('.option').nth(2).tap();
    await stateOf(phones.zh, quizFire, '已收到你的答案');

    // The English phone answers by keyboard alone: Tab to the first option of the new cue, Enter.
    await tabTo(phones.en, '.option');
    await phones.en.page.keyboard.press('Enter');
    await stateOf(phones.en, quizFire, 'Answer received');
    await producer.reveal(showId, quizFire);
    await card(phones.zh, quizFire).locator('.results li.correct').waitFor({ timeout: WAIT });
    assert.equal(await text(card(phones.zh, quizFire).locator('.results li.correct .name')), '台北');
    assert.equal(await text(card(phones.zh, quizFire).locator('.results li.correct .mark')), '✓ 正確答案');
    assert.equal(await text(card(phones.en, quizFire).locator('.results li.correct .mark')), '✓ Correct answer');
    await shot(phones.zh, 'watch-results-zh-TW.png');

    const next = (await producer.fire(showId, await producer.cue(showId, QUESTION))).fireId;
    stillOpen.push(next);
    await seesCue(phones.zh, next, '你想問教練什麼？');
    await seesCue(phones.en, next, 'What should we ask the coach?');
    const report = await eventually('both acks of the cue fired during the drop', async () => {
      const r = await producer.report(showId, quizFire);
      return r.acks === 2 && r.answers === 2 && r;
    });
    assert.equal(report.correct, 1);
  });

  it('5. a cue with HTML in its prompt shows the characters, and no script runs', async () => {
    const fire = (await producer.fire(showId, await producer.cue(showId, HOSTILE))).fireId;
    stillOpen.push(fire);
    await seesCue(phones.en, fire, '<img src=x onerror=alert(1)>');
    await seesCue(phones.zh, fire, '<script>alert(2)</script><b>粗體</b>');
    for (const phone of [phones.en, phones.zh]) {
      assert.equal(await phone.page.locator('.cue img, .cue script, .cue b').count(), 0);
      await eventually('the announcement of the hostile cue', async () =>
        /<(img|script)/.test(await text(phone.page.locator('#announcer'))));
    }
    // A text answer to it, typed, and sent with the keyboard.
    const box = card(phones.en, fire).locator('textarea');
    await box.fill('<script>alert(3)</script> is this safe?');
    await box.press('Tab');
    await phones.en.page.keyboard.press('Enter');
    await stateOf(phones.en, fire, 'Answer received');
    assert.equal(await text(card(phones.en, fire).locator('.mine')), 'Your answer: <script>alert(3)</script> is this safe?');
    await new Promise((r) => setTimeout(r, 500));
    for (const phone of [phones.en, phones.zh]) {
      assert.deepEqual(phone.dialogs, [], `a script ran on the ${phone.locale} phone`);
    }
  });

  it('an answer tapped while the network is down is delivered when it comes back', async () => {
    const fire = (await producer.fire(showId, await producer.cue(showId, POLL))).fireId;
    await seesCue(phones.zh, fire, '今晚誰會贏？');
    proxy.cut();
    await linkState(phones.zh, 'down');
    await card(phones.zh, fire).locator('.option').nth(0).tap();
    assert.equal(await text(card(phones.zh, fire).locator('.state')), '正在送出你的答案…');
    await new Promise((r) => setTimeout(r, 2_000));
    assert.equal(await text(card(phones.zh, fire).locator('.state')), '正在送出你的答案…');
    proxy.restore();
    await stateOf(phones.zh, fire, '已收到你的答案');
    await eventually('the answer is counted', async () =>
      (await producer.live(showId)).openFires.find((f) => f.fireId === fire)?.answers === 1);
    await producer.close(showId, fire);
  });

  it('a phone in Korean reads the page and the cue in Korean', async () => {
    for (const fire of stillOpen) {
      await producer.close(showId, fire);
    }
    await card(phones.en, stillOpen[0]).locator('.timer', { hasText: 'Closed' }).waitFor({ timeout: WAIT });
    phones.ko = await openPhone('ko-KR', backend.baseUrl);
    await linkState(phones.ko, 'live');
    assert.equal(await text(phones.ko.page.locator('#link-text')), '연결됨');
    const fire = (await producer.fire(showId, await producer.cue(showId, POLL))).fireId;
    await seesCue(phones.ko, fire, '오늘 밤 누가 이길까요?');
    assert.equal(await text(card(phones.ko, fire).locator('.kind')), '투표');
    assert.deepEqual(await card(phones.ko, fire).locator('.option').allTextContents(), ['레드 팀', '블루 팀']);
    await shot(phones.ko, 'watch-ko.png');
    await card(phones.ko, fire).locator('.option').nth(1).tap();
    await stateOf(phones.ko, fire, '답변이 접수되었습니다');
  });

  it('a phone heartbeats at once and every 30 s, over HTTP and on its socket', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await page.clock.install();
    const posts = [];
    const frames = [];
    page.on('request', (r) => { if (r.url().endsWith('/heartbeat')) { posts.push(r.postDataJSON()); } });
    page.on('websocket', (ws) => ws.on('framesent', (f) => { if (f.payload.includes('"heartbeat"')) { frames.push(f.payload); } }));
    await page.goto(`${backend.baseUrl}/watch/${showId}`);
    await page.locator('#link[data-state="live"]').waitFor({ timeout: WAIT });
    await eventually('the first heartbeat', async () => posts.length === 1);
    const id = await page.evaluate(() => localStorage.getItem('cuedeck.viewerId'));
    assert.deepEqual(posts[0], { viewerId: id, platform: 'web', lang: 'en-US' });

    await page.clock.fastForward(29_000);
    assert.equal(posts.length, 1, 'a heartbeat before 30 s');
    await page.clock.fastForward(1_000);
    await eventually('the second heartbeat', async () => posts.length === 2 && frames.length >= 1);
    await page.clock.fastForward(30_000);
    await eventually('the third heartbeat', async () => posts.length === 3 && frames.length >= 2);
    assert.deepEqual(JSON.parse(frames[0]), { type: 'heartbeat' });
    await context.close();
  });

  it('a page of another web site cannot open a viewer socket; this server\'s own page can', async () => {
    const other = await startOtherSite();
    try {
      const page = await phones.en.context.newPage();
      await page.goto(other.url);
      const socketUrl = `${backend.baseUrl.replace('http', 'ws')}/v1/shows/${showId}/live?viewerId=${randomUUID()}`;
      const outcome = (p) => p.evaluate((url) => new Promise((resolve) => {
        const ws = new WebSocket(url);
        ws.onopen = () => { ws.close(); resolve('open'); };
        ws.onclose = () => resolve('refused');
      }), socketUrl);
      assert.equal(await outcome(page), 'refused');
      assert.equal(await outcome(phones.en.page), 'open');
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('an unknown show says so and stops; an ended show tells its phones', async () => {
    const lost = await openPhone('en-US', backend.baseUrl, 'no-such-show');
    await linkState(lost, 'ended');
    assert.equal(await text(lost.page.locator('#link-text')), 'There is no show at this address.');
    await lost.context.close();

    const ended = await producer.call('PATCH', `/api/v1/shows/${showId}`, { status: 'ended' });
    assert.equal(ended.status, 200);
    for (const [phone, words] of [[phones.en, 'This show has ended. Thank you for watching!'], [phones.zh, '節目已結束，感謝收看！'],
      [phones.ko, '방송이 끝났습니다. 시청해 주셔서 감사합니다!']]) {
      await linkState(phone, 'ended');
      assert.equal(await text(phone.page.locator('#link-text')), words);
    }
  });

  it('text meets WCAG AA contrast in light and dark, and the pages logged no errors', async () => {
    for (const phone of [phones.en, phones.zh, phones.ko]) {
      for (const colorScheme of ['light', 'dark']) {
        await phone.page.emulateMedia({ colorScheme });
        const problems = await phone.page.evaluate(contrastProblems);
        assert.deepEqual(problems, [], `${phone.locale} ${colorScheme}`);
        if (phone === phones.zh && colorScheme === 'dark') {
          await shot(phone, 'watch-dark-zh-TW.png');
        }
      }
      await phone.page.emulateMedia({ colorScheme: 'light' });
      // Only the phone behind the proxy may have seen failed connections: the ones step 4 cut.
      const expected = phone === phones.zh ? (p) => /net::ERR_/.test(p) : () => false;
      assert.deepEqual(phone.problems.filter((p) => !expected(p)), [], `${phone.locale}: errors in the page`);
    }
  });
});

/** Another web site on loopback: a blank page whose scripts try to use our viewer socket. */
async function startOtherSite() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>another site</title><p>not Cuedeck</p>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Presses Tab until the focused element matches the selector (at most 40 times). */
async function tabTo(phone, selector) {
  for (let i = 0; i < 40; i++) {
    await phone.page.keyboard.press('Tab');
    if (await phone.page.evaluate((s) => document.activeElement.matches(s), selector)) {
      return;
    }
  }
  throw new Error('no such element is reachable with Tab');
}
