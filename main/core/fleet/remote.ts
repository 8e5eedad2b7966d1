/**
 * Carries out what IT asks from the console: end the visit, relaunch, out of service and back,
 * a configuration change. A visit in progress is always wiped before the terminal changes state;
 * a configuration is applied only between visits (a person's visit never changes under them).
 * Each command is acknowledged once carried out; one whose acknowledgement is lost comes back
 * and is acknowledged again without being carried out twice (configurations by their version).
 */
import type { KioskEvent } from '../../../shared/contract';
import { pushableConfigSchema, type PushableConfig } from '../../../shared/config/pushable';
import type { Logger } from '../logging';
import { loadFleetState, saveFleetState, type FleetState } from './fleetState';

export type CommandKind = 'end_visit' | 'relaunch' | 'out_of_service' | 'in_service' | 'config';

export interface RemoteCommand {
  id: string;
  kind: CommandKind;
  config?: unknown;
  configVersion?: number;
}

export interface RemoteControlOptions {
  statePath: string;
  visits: { readonly current: unknown; end(reason: 'adviser'): Promise<void> };
  /** Applies a pushed configuration over the file's (an empty one: the file's alone). */
  applyConfig(config: PushableConfig): void;
  emit(event: KioskEvent): void;
  ack(commandId: string, outcome: 'done' | 'failed', errorCode?: string): Promise<void>;
  /** Asks the shell to relaunch the app; false when nothing can (browser mode). */
  relaunch(): boolean;
  logger: Logger;
}

export class RemoteControl {
  private state: FleetState;
  /** Being carried out, or waiting for the visit's end: not yet acknowledged. */
  private readonly inHand = new Set<string>();
  /** Acknowledged lately: an answer computed before the acknowledgement may still bring them. */
  private readonly done = new Set<string>();
  private waitingConfig: RemoteCommand | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: RemoteControlOptions) {
    this.state = loadFleetState(options.statePath);
    options.applyConfig(this.state.config);
  }

  get outOfService(): boolean {
    return this.state.outOfService;
  }

  get configVersion(): number {
    return this.state.configVersion;
  }

  /**
   * Commands from the heartbeat's answer or the command wait, carried out one at a time, in
   * order. Returns how many were new (the others are already in hand, or waiting for the visit).
   */
  receive(commands: readonly RemoteCommand[]): number {
    let fresh = 0;
    for (const command of commands) {
      if (this.inHand.has(command.id) || this.done.has(command.id)) continue;
      this.inHand.add(command.id);
      fresh += 1;
      this.queue = this.queue.then(() => this.run(command));
    }
    return fresh;
  }

  /** The ids of the commands in hand: being carried out, or waiting for the visit's end. */
  known(): string[] {
    return [...this.inHand];
  }

  /** Resolves once every command received so far is carried out (or waits for the visit). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** The visit is over and wiped: a configuration that waited for it is applied now. */
  visitEnded(): Promise<void> {
    const waiting = this.waitingConfig;
    if (!waiting) return this.queue;
    this.waitingConfig = undefined;
    this.queue = this.queue.then(() => this.run(waiting));
    return this.queue;
  }

  private async run(command: RemoteCommand): Promise<void> {
    const { logger } = this.options;
    let outcome: 'done' | 'failed' = 'done';
    let errorCode: string | undefined;
    try {
      switch (command.kind) {
        case 'end_visit':
          await this.options.visits.end('adviser');
          break;
        case 'out_of_service':
        case 'in_service':
          await this.setOutOfService(command.kind === 'out_of_service');
          break;
        case 'config':
          if (this.options.visits.current) {
            // Kept in hand: applied when the visit ends, acknowledged then.
            this.waitingConfig = command;
            logger.info('fleet.config_deferred', { version: command.configVersion });
            return;
          }
          ({ outcome, errorCode } = this.applyConfig(command));
          break;
        case 'relaunch':
          await this.options.visits.end('adviser');
          // Acknowledged first: the app is gone a moment later.
          await this.options.ack(command.id, 'done');
          this.acknowledged(command.id);
          logger.info('fleet.command_done', { kind: command.kind });
          if (!this.options.relaunch()) logger.warn('fleet.relaunch_unavailable');
          return;
      }
    } catch (error) {
      outcome = 'failed';
      errorCode = 'fleet.command_failed';
      logger.error('fleet.command_failed', { kind: command.kind, error });
    }
    try {
      await this.options.ack(command.id, outcome, errorCode);
      this.acknowledged(command.id);
      logger.info('fleet.command_done', { kind: command.kind, outcome });
    } catch {
      // Not acknowledged: it comes back with the next answer and is acknowledged then.
      this.inHand.delete(command.id);
      logger.warn('fleet.ack_failed', { kind: command.kind });
    }
  }

  private acknowledged(id: string): void {
    this.inHand.delete(id);
    this.done.add(id);
    // A few dozen are plenty: an answer older than that many commands never arrives.
    if (this.done.size > 50) this.done.delete(this.done.values().next().value ?? '');
  }

  private async setOutOfService(on: boolean): Promise<void> {
    if (on) {
      // Refuse new visits first, then wipe the current one: nobody starts one in between.
      this.save({ ...this.state, outOfService: true });
      await this.options.visits.end('adviser');
    } else {
      this.save({ ...this.state, outOfService: false });
    }
    this.options.emit({ name: 'terminal.service', payload: { outOfService: on } });
  }

  private applyConfig(command: RemoteCommand): { outcome: 'done' | 'failed'; errorCode?: string } {
    const version = command.configVersion ?? 0;
    if (version <= this.state.configVersion) return { outcome: 'done' };
    // The central API checked it already; the terminal checks again what it is about to run.
    const parsed = pushableConfigSchema.safeParse(command.config ?? {});
    if (!parsed.success) return { outcome: 'failed', errorCode: 'fleet.config_invalid' };
    this.options.applyConfig(parsed.data);
    this.save({ ...this.state, config: parsed.data, configVersion: version });
    this.options.logger.info('fleet.config_applied', { version });
    return { outcome: 'done' };
  }

  private save(state: FleetState): void {
    this.state = state;
    saveFleetState(this.options.statePath, state);
  }
}
