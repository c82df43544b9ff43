import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;

export interface ReadableEvent {
  eventId: number;
  time: string;
  type: string;
  /** The update, signal, activity, timer or workflow the event is about. */
  name?: string;
  /** Decoded arguments or input, where the event carries them. */
  args?: unknown[];
  detail?: Record<string, unknown>;
}

const decode = (payloads: Payloads): unknown[] =>
  (payloads?.payloads ?? []).map((p) => {
    try {
      return defaultPayloadConverter.fromPayload(p as never);
    } catch {
      return '(undecodable payload)';
    }
  });

const seconds = (d: { seconds?: unknown; nanos?: number | null } | null | undefined) =>
  d ? Number(d.seconds ?? 0) + (d.nanos ?? 0) / 1e9 : undefined;

/** Temporal's event history in words: event, time, and which update, activity or timer with which arguments. */
export function readableEvent(event: HistoryEvent): ReadableEvent {
  const typeName = temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? String(event.eventType);
  const base: ReadableEvent = {
    eventId: Number(event.eventId ?? 0),
    time: event.eventTime ? new Date(Number(event.eventTime.seconds ?? 0) * 1000 + Math.floor((event.eventTime.nanos ?? 0) / 1e6)).toISOString() : '',
    type: typeName.replace(/^EVENT_TYPE_/, ''),
  };
  const started = event.workflowExecutionStartedEventAttributes;
  if (started) return { ...base, name: started.workflowType?.name ?? undefined, args: decode(started.input) };
  const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
  if (accepted) return { ...base, name: accepted.acceptedRequest?.input?.name ?? undefined, args: decode(accepted.acceptedRequest?.input?.args) };
  const completed = event.workflowExecutionUpdateCompletedEventAttributes;
  if (completed) {
    const failure = completed.outcome?.failure;
    return { ...base, detail: failure ? { failure: failure.message } : { result: decode(completed.outcome?.success)[0] } };
  }
  const scheduled = event.activityTaskScheduledEventAttributes;
  if (scheduled) return { ...base, name: scheduled.activityType?.name ?? undefined, args: decode(scheduled.input) };
  const failed = event.activityTaskFailedEventAttributes;
  if (failed) return { ...base, detail: { failure: failed.failure?.message } };
  const timer = event.timerStartedEventAttributes;
  if (timer) return { ...base, name: timer.timerId ?? undefined, detail: { seconds: seconds(timer.startToFireTimeout) } };
  const signaled = event.workflowExecutionSignaledEventAttributes;
  if (signaled) return { ...base, name: signaled.signalName ?? undefined, args: decode(signaled.input) };
  const marker = event.markerRecordedEventAttributes;
  if (marker) {
    // A local activity (the read-model write) or a patch, recorded as a marker: name what it was.
    const data = decode(marker.details?.data)[0] as { activity_type?: string; attempt?: number } | undefined;
    if (marker.markerName === 'core_local_activity')
      return { ...base, name: data?.activity_type, detail: { localActivity: true, attempt: data?.attempt } };
    const patch = decode(marker.details?.['patch-data'])[0] as { id?: string } | undefined;
    return { ...base, name: patch?.id ?? marker.markerName ?? undefined };
  }
  const continued = event.workflowExecutionContinuedAsNewEventAttributes;
  if (continued) return { ...base, detail: { newRunId: continued.newExecutionRunId } };
  return base;
}
