/**
 * The time limit of one attempt, as the AbortSignal `fetch` is given. Copied unchanged into each
 * package; http.js asks `limitAttempt` for one per attempt and calls `end()` when it is over.
 *
 * An AbortSignal is the dearest thing a call makes in Node (about 2 µs, more than the rest of the
 * client's own work per call), and most attempts have nothing to enforce but the client's time
 * limit. So attempts whose limits end at about the same time share one signal: the end of the
 * limit is rounded up to a slot at most 1/64 of the limit long (1 ms to 1 s), and when the slot's
 * time comes its timer aborts the signal if any attempt in it is still running. An attempt is
 * therefore aborted when a timer of its own would fire, or up to a slot later. A slot takes at most
 * `SLOT_SIZE` attempts, so that `fetch` never piles up more abort listeners on one signal than
 * Node allows without a warning. An attempt with the caller's own signal gets its own controller,
 * since the caller's abort must reach that request alone.
 *
 * @module
 */

/**
 * What an attempt passes to `fetch` and asks after it.
 * @typedef {object} AttemptLimit
 * @property {AbortSignal | undefined} signal For `fetch`; aborted at the limit or by the caller.
 * @property {boolean} timedOut True once the limit has passed (rather than the caller aborting).
 * @property {() => void} end The attempt is over: its timer may go.
 */

// setTimeout fires at once for anything longer (a 32-bit signed count of milliseconds).
const LONGEST_TIMER = 2 ** 31 - 1;
// undici adds one abort listener per request to the signal it is given, and Node warns past 1,500.
const SLOT_SIZE = 256;

/** @type {AttemptLimit} */
const UNLIMITED = Object.freeze({ signal: undefined, timedOut: false, end() {} });

/** Attempts whose limits end in one slot: they share the signal that ends them all. */
class Slot {
  /** @type {AbortSignal} */
  signal;
  timedOut = false;
  /** How many attempts joined it in all. */
  joined = 0;
  /** How many of them are still running. */
  running = 0;
  /** When it ends, in performance.now() milliseconds. */
  time;
  /** Whether it waits in `resting` for its timer to be released. */
  resting = false;
  /** @type {ReturnType<typeof setTimeout>} */
  #timer;
  /** Whether the timer holds the process open. */
  #held = false;
  #controller = new AbortController();

  /** @param {number} time */
  constructor(time) {
    this.time = time;
    this.signal = this.#controller.signal;
    // Only running attempts keep the process alive (see join and release), as a timer per
    // attempt would.
    this.#timer = setTimeout(() => this.#fire(), Math.max(time - performance.now(), 0));
    // ref and unref are Node's; elsewhere (a worker runtime) a timer does not hold the process.
    this.#timer.unref?.();
  }

  /** @returns {AttemptLimit} */
  join() {
    this.joined += 1;
    if (this.running++ === 0 && !this.#held) {
      this.#held = true;
      this.#timer.ref?.();
    }
    return this;
  }

  end() {
    if (--this.running > 0) return;
    // A full slot gets no more attempts: with none running, nothing is left for it to do.
    if (this.joined >= SLOT_SIZE) this.#close();
    else if (this.#held && !this.resting) rest(this);
  }

  /** Let the process exit if it has nothing but this slot's timer left. */
  release() {
    this.resting = false;
    if (this.running > 0 || !this.#held) return;
    this.#held = false;
    this.#timer.unref?.();
  }

  #fire() {
    this.#close();
    if (this.running === 0) return;
    this.timedOut = true;
    this.#controller.abort();
  }

  #close() {
    clearTimeout(this.#timer);
    this.#held = false;
    if (slots.get(this.time) === this) slots.delete(this.time);
    if (latest === this) latest = undefined;
  }
}

// Slots whose attempts have all ended stop holding the process open at the next turn of the
// event loop, not at once: calls one after another would otherwise switch libuv's timer
// handle off and on again for each call (measured: 2-3% of a call).
/** @type {Slot[]} */
let resting = [];

/** @param {Slot} slot */
function rest(slot) {
  slot.resting = true;
  if (resting.push(slot) === 1) (globalThis.setImmediate ?? setTimeout)(releaseResting);
}

function releaseResting() {
  const due = resting;
  resting = [];
  for (const slot of due) slot.release();
}

/** Open slots by the time they end. @type {Map<number, Slot>} */
const slots = new Map();
/** The slot joined last. @type {Slot | undefined} */
let latest;

/**
 * The limit of one attempt: a signal that aborts `limit` milliseconds from now (or a little
 * later), or when `caller` aborts.
 * @param {number} limit Milliseconds, more than 0; Infinity for none.
 * @param {number} end When the limit ends: performance.now() + limit, which the caller has.
 * @param {AbortSignal} [caller] The caller's signal, if the call was given one.
 * @returns {AttemptLimit}
 */
export function limitAttempt(limit, end, caller) {
  if (caller) return new CallerLimit(limit, caller);
  if (limit > LONGEST_TIMER) return UNLIMITED;
  const width = slotWidth(limit);
  const time = Math.ceil(end / width) * width;
  // Calls with one timeout come one after another into the same slot: look there first.
  let slot = latest?.time === time ? latest : slots.get(time);
  if (!slot || slot.joined >= SLOT_SIZE || slot.timedOut) {
    slot = new Slot(time);
    slots.set(time, slot);
  }
  latest = slot;
  return slot.join();
}

/**
 * How long a slot is for a limit: the largest power of two of milliseconds within 1/64 of it,
 * from 1 ms to 1,024 ms.
 * @param {number} limit
 * @returns {number}
 */
export function slotWidth(limit) {
  const sixtyFourth = Math.min(Math.floor(limit / 64), 1024);
  // The highest bit of it; `2 **` would be a slow Math.pow call.
  return sixtyFourth < 1 ? 1 : 1 << (31 - Math.clz32(sixtyFourth));
}

/** An attempt with its own controller: aborted at its limit, or when the caller's signal aborts. */
class CallerLimit {
  timedOut = false;
  #controller = new AbortController();
  #caller;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #timer;
  #forward = () => this.#controller.abort(this.#caller.reason);

  /**
   * @param {number} limit
   * @param {AbortSignal} caller
   */
  constructor(limit, caller) {
    this.#caller = caller;
    if (limit <= LONGEST_TIMER) {
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.#controller.abort();
      }, limit);
    }
    caller.addEventListener("abort", this.#forward, { once: true });
  }

  get signal() {
    return this.#controller.signal;
  }

  end() {
    clearTimeout(this.#timer);
    this.#caller.removeEventListener("abort", this.#forward);
  }
}
