/**
 * A lead working through entries as a person would: draft saves of an entry (three by default),
 * then its submission, then the next entry. Every acknowledged write (ok:true with the new version) is
 * recorded for the checks; a refusal or an answer other than 200 is recorded as an error.
 */
import { callAction, type ActionReply } from './http';
import type { Lead, Slot } from './fixture';
import type { AckedWrite, EntryState } from './verify';

export const DRAFTS_PER_ENTRY = 3;

export type Outcome = 'acked' | 'refused' | 'server-error' | 'no-answer' | 'idle';

export interface WriteError {
  lead: string;
  status: number;
  message: string;
}

export class Submitter {
  private cursor = 0;
  private version = 0;
  readonly acked: AckedWrite[] = [];
  readonly errors: WriteError[] = [];
  /** Writes that got no answer (the server was killed while they were in flight or before). */
  unanswered = 0;

  constructor(
    readonly lead: Lead,
    readonly slots: Slot[],
    readonly draftsPerEntry = DRAFTS_PER_ENTRY,
  ) {}

  get exhausted(): boolean {
    return this.cursor >= this.slots.length;
  }

  /** The entry being worked on, and the next version expected. */
  current(): { slot: Slot; version: number } | null {
    return this.exhausted ? null : { slot: this.slots[this.cursor]!, version: this.version };
  }

  /** After a restart: continue from what the database holds, as a reloaded form would. */
  reload(states: Map<string, EntryState>): void {
    for (;;) {
      const cur = this.current();
      if (!cur) return;
      const st = states.get(`${cur.slot.indicatorId}:${cur.slot.period}`);
      if (st?.status === 'submitted') {
        this.cursor++;
        this.version = 0;
        continue;
      }
      this.version = st?.version ?? 0;
      return;
    }
  }

  /** Sends the next write and records its outcome. */
  async next(origin: string, action: { id: string; path: string }): Promise<Outcome> {
    const cur = this.current();
    if (!cur) return 'idle';
    const submit = cur.version >= this.draftsPerEntry;
    const input = {
      indicatorId: cur.slot.indicatorId,
      period: cur.slot.period,
      value: String(100 + cur.version),
      workProgress: `${this.lead.displayName}第${cur.version + 1}次保存`,
      problems: '',
      nextSteps: '',
      version: cur.version,
      intent: submit ? 'submit' : 'save',
    };
    let reply: ActionReply;
    try {
      reply = await callAction(origin, action, input, this.lead.token);
    } catch {
      this.unanswered++;
      return 'no-answer';
    }
    return this.record(reply, cur.version, submit);
  }

  private record(reply: ActionReply, from: number, submit: boolean): Outcome {
    const r = reply.result;
    if (reply.status !== 200 || !r) {
      this.errors.push({ lead: this.lead.username, status: reply.status, message: reply.text.slice(0, 300) });
      return 'server-error';
    }
    if (!r.ok) {
      this.errors.push({ lead: this.lead.username, status: reply.status, message: `${r.code}: ${r.message}` });
      return 'refused';
    }
    const data = r.data as { id: number; version: number };
    this.acked.push({ entryId: data.id, version: data.version, submit });
    if (data.version !== from + 1)
      this.errors.push({ lead: this.lead.username, status: 200, message: `version ${data.version} after ${from}` });
    if (submit) {
      this.cursor++;
      this.version = 0;
    } else this.version = data.version;
    return 'acked';
  }
}
