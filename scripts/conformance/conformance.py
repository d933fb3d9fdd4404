#!/usr/bin/env python3
"""Drive the official Durable Functions Python client against a durable host and check what every answer means.

The client is `azure-functions-durable==1.7.0` (see shared/docs/python-sdk-conformance.md). It is built from
the minimal starter JSON (§0.3 of that document) with `rpcBaseUrl` pointing at the host's public webhook routes,
and every one of its methods is called at least once. Each check is a named case that prints `PASS name` or
`FAIL name: why`; the last line is `N passed, M failed`, and the exit status is non-zero when anything failed.

Usage: conformance.py BASE_URL [--timeout SECONDS] [--only WORD]...

BASE_URL is the host's origin (`http://127.0.0.1:PORT`) or its webhook base
(`http://127.0.0.1:PORT/runtime/webhooks/durabletask`).
"""

import argparse
import asyncio
import json
import re
import secrets
import sys
import time
import traceback
from datetime import datetime, timedelta, timezone

import azure.durable_functions as df
import azure.functions as func
from azure.durable_functions.models.utils import http_utils

Status = df.OrchestrationRuntimeStatus
WEBHOOK_PATH = "/runtime/webhooks/durabletask"
APPROVAL_EVENT = "ApprovalEvent"
CITIES = ["Tokyo", "Seattle", "London"]


class CheckFailed(Exception):
    """A conformance expectation that did not hold; the message says what was expected and what came back."""


def expect(condition, message):
    """Fail the current case with `message` unless `condition` holds."""
    if not condition:
        raise CheckFailed(message)


def describe(status):
    """A short description of a DurableOrchestrationStatus for failure messages."""
    if not status:
        return "not found (falsy status)"
    value = status.runtime_status.value if status.runtime_status else None
    return f"runtimeStatus={value} output={status.output!r}"


def utc(moment):
    """The aware UTC form of a datetime parsed by the client (dateutil may label `Z` as tzlocal on UTC hosts)."""
    return moment.astimezone(timezone.utc)


def whole_second(moment):
    """The datetime cut to whole seconds, as the host cuts createdTime."""
    return moment.replace(microsecond=0)


def event_types(status):
    """The EventType of every history event the host returned under `historyEvents`."""
    events = getattr(status, "historyEvents", None)
    expect(isinstance(events, list), f"expected a historyEvents list on the status, got {events!r}")
    return [event.get("EventType") for event in events]


class Run:
    """Shared state of one conformance run: the client, unique ids, the wait budget and lazily made fixtures."""

    def __init__(self, base, timeout):
        self.origin = base
        self.rpc_base = base + WEBHOOK_PATH + "/"
        starter = {
            "taskHubName": "TestHub",
            "creationUrls": {},
            "managementUrls": {
                "id": "INSTANCEID",
                "statusQueryGetUri": self.rpc_base + "instances/INSTANCEID",
            },
            "rpcBaseUrl": self.rpc_base,
        }
        self.client = df.DurableOrchestrationClient(json.dumps(starter))
        self.timeout = timeout
        self.poll_interval = 0.1
        self.token = f"conf-{secrets.token_hex(4)}"
        self.serial = 0
        self._completed_hello = None
        self.finished_approval = None
        self.counter = None
        self.filter_instances = None

    def new_id(self, label):
        """A fresh URL-safe instance id unique to this run."""
        self.serial += 1
        return f"{self.token}-{label}-{self.serial}"

    async def wait_for(self, instance_id, wanted, why):
        """Poll get_status until the instance is in one of the `wanted` statuses; fail after the time budget."""
        deadline = time.monotonic() + self.timeout
        while True:
            status = await self.client.get_status(instance_id)
            if status and status.runtime_status in wanted:
                return status
            if time.monotonic() >= deadline:
                names = "/".join(sorted(s.value for s in wanted))
                raise CheckFailed(
                    f"{instance_id}: expected {names} within {self.timeout:g}s ({why}), last saw {describe(status)}"
                )
            await asyncio.sleep(self.poll_interval)

    async def start(self, name, label, client_input=None):
        """Start orchestrator `name` under a fresh id and check that start_new returns that id."""
        instance_id = self.new_id(label)
        returned = await self.client.start_new(name, instance_id, client_input)
        expect(returned == instance_id, f"start_new({name}, {instance_id}) returned id {returned!r}")
        return instance_id

    async def start_waiting_approval(self, label):
        """An ApprovalWorkflow instance that is Running (waiting for its event)."""
        instance_id = await self.start("ApprovalWorkflow", label)
        await self.wait_for(instance_id, {Status.Running}, "a started ApprovalWorkflow waits for its event")
        return instance_id

    async def completed_hello(self):
        """A HelloSequence instance that has completed (made once per run, reused by the history checks)."""
        if self._completed_hello is None:
            instance_id = await self.start("HelloSequence", "hello", CITIES)
            self._completed_hello = await self.wait_for(instance_id, {Status.Completed}, "HelloSequence completes")
        return self._completed_hello


CASES = []


def case(name):
    """Register a conformance case; cases run in the order they are declared."""

    def register(function):
        CASES.append((name, function))
        return function

    return register


# --- start and status --------------------------------------------------------------------------------------------


@case("start_new returns the id and the instance is Running")
async def start_new_running(run):
    instance_id = await run.start("ApprovalWorkflow", "start", {"city": "Tokyo"})
    first = await run.client.get_status(instance_id)
    expect(first, f"get_status right after start_new: {describe(first)}")
    expect(
        first.runtime_status in (Status.Pending, Status.Running),
        f"expected Pending or Running right after start, got {describe(first)}",
    )
    status = await run.wait_for(instance_id, {Status.Running}, "a started ApprovalWorkflow waits for its event")
    expect(status.name == "ApprovalWorkflow", f"name: expected ApprovalWorkflow, got {status.name!r}")
    expect(status.instance_id == instance_id, f"instanceId: expected {instance_id}, got {status.instance_id!r}")
    expect(
        status.input_ == '{"city": "Tokyo"}',
        f"input: the client sends the input JSON-encoded twice and the host keeps it as the JSON string it "
        f"received, so expected the string '{{\"city\": \"Tokyo\"}}', got {status.input_!r}",
    )
    expect(status.output is None, f"output of a running instance: expected null, got {status.output!r}")
    expect(
        utc(status.last_updated_time) >= utc(status.created_time),
        f"lastUpdatedTime {status.last_updated_time} is before createdTime {status.created_time}",
    )
    await run.client.terminate(instance_id, "conformance-cleanup")


@case("createdTime follows the wall clock")
async def created_time_wall_clock(run):
    before = whole_second(datetime.now(timezone.utc))
    instance_id = await run.start("HelloSequence", "clock", CITIES)
    after = datetime.now(timezone.utc)
    status = await run.client.get_status(instance_id)
    created = utc(status.created_time)
    expect(
        before - timedelta(seconds=2) <= created <= after + timedelta(seconds=2),
        f"createdTime {created.isoformat()} is outside the wall-clock interval of the start call "
        f"{before.isoformat()}..{after.isoformat()}; clients filter by created time with their own clock",
    )


@case("start_new without an id gets a 32-hex id")
async def start_new_generated_id(run):
    instance_id = await run.client.start_new("HelloSequence", None, CITIES)
    expect(
        isinstance(instance_id, str) and re.fullmatch(r"[0-9a-f]{32}", instance_id),
        f"expected a 32-hex GUID id, got {instance_id!r}",
    )
    status = await run.client.get_status(instance_id)
    expect(status and status.instance_id == instance_id, f"get_status({instance_id}): {describe(status)}")
    expect(status.name == "HelloSequence", f"name: expected HelloSequence, got {status.name!r}")


@case("start_new of an unknown orchestrator raises the host's message")
async def start_new_unknown_orchestrator(run):
    try:
        await run.client.start_new("NoSuchOrchestrator", run.new_id("unknown"))
    except KeyError as error:
        raise CheckFailed(f"the 400 body has no ExceptionMessage (client raised KeyError {error})") from error
    except Exception as error:
        message = str(error)
        expect(
            "NoSuchOrchestrator" in message and "doesn't exist" in message,
            f"expected the ExceptionMessage \"The function 'NoSuchOrchestrator' doesn't exist, ...\", got {message!r}",
        )
        return
    raise CheckFailed("start_new of an unknown orchestrator succeeded")


@case("start_new with the id of a running instance is refused")
async def start_new_duplicate(run):
    instance_id = await run.start_waiting_approval("dup")
    try:
        await run.client.start_new("ApprovalWorkflow", instance_id)
    except Exception as error:
        expect("already exists" in str(error), f"expected an 'already exists' message, got {error!s}")
    else:
        raise CheckFailed(f"a second start_new with running id {instance_id} succeeded")
    finally:
        await run.client.terminate(instance_id, "conformance-cleanup")


@case("get_status of an unknown id is falsy")
async def get_status_unknown(run):
    status = await run.client.get_status(run.new_id("missing"))
    expect(not status, f"expected a falsy status (404, empty body), got {describe(status)}")


@case("get_status_all returns a list of statuses")
async def get_status_all(run):
    await run.completed_hello()
    statuses = await run.client.get_status_all()
    expect(isinstance(statuses, list), f"expected a list, got {type(statuses).__name__}")
    expect(statuses, "expected at least one instance in the first page, got an empty list")
    for status in statuses:
        expect(status and status.instance_id, f"list element without createdTime or instanceId: {vars(status)}")
        expect(status.runtime_status is not None, f"{status.instance_id}: runtimeStatus is null")


# --- external events -----------------------------------------------------------------------------------------------


@case("raise_event ApprovalEvent completes the approval with its payload")
async def raise_event_completes(run):
    instance_id = await run.start_waiting_approval("approve")
    payload = {"approved": True, "by": "conformance"}
    await run.client.raise_event(instance_id, APPROVAL_EVENT, payload)
    status = await run.wait_for(instance_id, {Status.Completed}, "ApprovalEvent was raised")
    output = status.output
    if isinstance(output, str):
        try:
            output = json.loads(output)
        except ValueError:
            pass
    expect(output == payload, f"output: expected the event payload {payload!r}, got {status.output!r}")
    history = await run.client.get_status(instance_id, show_history=True)
    raised = [event for event in history.historyEvents if event.get("EventType") == "EventRaised"]
    expect(
        [event.get("Name") for event in raised] == [APPROVAL_EVENT],
        f"expected one EventRaised named {APPROVAL_EVENT} in the history, got {raised}",
    )
    run.finished_approval = instance_id


@case("raise_event on a finished instance is refused (410)")
async def raise_event_finished(run):
    instance_id = run.finished_approval
    if instance_id is None:
        instance_id = (await run.completed_hello()).instance_id
    try:
        await run.client.raise_event(instance_id, APPROVAL_EVENT, {"approved": False})
    except Exception as error:
        expect("is gone" in str(error), f"expected the 410 message '... is gone: ...', got {error!s}")
        return
    raise CheckFailed(f"raise_event on finished instance {instance_id} was accepted")


@case("raise_event on an unknown instance is refused (404)")
async def raise_event_unknown(run):
    instance_id = run.new_id("missing")
    try:
        await run.client.raise_event(instance_id, APPROVAL_EVENT, None)
    except Exception as error:
        expect("No instance with ID" in str(error), f"expected the 404 message, got {error!s}")
        return
    raise CheckFailed(f"raise_event on unknown instance {instance_id} was accepted")


# --- terminate, suspend, resume ------------------------------------------------------------------------------------


@case("terminate gives Terminated with the reason as output")
async def terminate(run):
    instance_id = await run.start_waiting_approval("terminate")
    await run.client.terminate(instance_id, "stopped-by-conformance")
    status = await run.wait_for(instance_id, {Status.Terminated}, "terminate was sent")
    expect(
        status.output == "stopped-by-conformance",
        f"output: expected the reason 'stopped-by-conformance', got {status.output!r}",
    )
    await run.client.terminate(instance_id, "again")
    again = await run.client.get_status(instance_id)
    expect(
        again.runtime_status == Status.Terminated and again.output == "stopped-by-conformance",
        f"a second terminate (410, accepted by the client) changed the instance: {describe(again)}",
    )


@case("terminate of an unknown instance raises (404)")
async def terminate_unknown(run):
    instance_id = run.new_id("missing")
    try:
        await run.client.terminate(instance_id, "nothing")
    except Exception as error:
        expect("No instance with ID" in str(error), f"expected the 404 message, got {error!s}")
        return
    raise CheckFailed(f"terminate of unknown instance {instance_id} succeeded")


@case("suspend gives Suspended and resume gives Running")
async def suspend_resume(run):
    instance_id = await run.start_waiting_approval("suspend")
    await run.client.suspend(instance_id, "paused-by-conformance")
    await run.wait_for(instance_id, {Status.Suspended}, "suspend was sent")
    await run.client.resume(instance_id, "resumed-by-conformance")
    await run.wait_for(instance_id, {Status.Running}, "resume was sent")
    history = await run.client.get_status(instance_id, show_history=True)
    types = event_types(history)
    expect(
        "ExecutionSuspended" in types and "ExecutionResumed" in types,
        f"expected ExecutionSuspended and ExecutionResumed in the history, got {types}",
    )
    await run.client.terminate(instance_id, "conformance-cleanup")


# --- failure and rewind --------------------------------------------------------------------------------------------


@case("FlakyPipeline fails and rewind brings it back")
async def flaky_rewind(run):
    instance_id = await run.start("FlakyPipeline", "flaky")
    failed = await run.wait_for(instance_id, {Status.Failed}, "FlakyPipeline fails after its retries")
    expect(failed.output, f"a Failed instance should carry an error output, got {failed.output!r}")
    await run.client.rewind(instance_id, "rewound-by-conformance")
    deadline = time.monotonic() + run.timeout
    seen = []
    while True:
        status = await run.client.get_status(instance_id)
        value = status.runtime_status.value if status and status.runtime_status else None
        if not seen or seen[-1] != value:
            seen.append(value)
        if status and status.runtime_status in (Status.Pending, Status.Running, Status.Completed):
            break
        if time.monotonic() >= deadline:
            raise CheckFailed(f"after rewind expected Running within {run.timeout:g}s, saw statuses {seen}")
        await asyncio.sleep(0.05)
    await run.wait_for(instance_id, {Status.Completed}, "a rewound FlakyPipeline's transform succeeds")


@case("rewind of a completed instance is refused")
async def rewind_completed(run):
    hello = await run.completed_hello()
    try:
        await run.client.rewind(hello.instance_id, "not-failed")
    except Exception as error:
        expect(
            "only supported on failed" in str(error),
            f"expected the 410 message 'The rewind operation is only supported on failed ...', got {error!s}",
        )
        return
    raise CheckFailed(f"rewind of completed instance {hello.instance_id} was accepted")


# --- history -------------------------------------------------------------------------------------------------------


@case("history has no OrchestratorStarted and ends with ExecutionCompleted")
async def history(run):
    hello = await run.completed_hello()
    plain = await run.client.get_status(hello.instance_id)
    expect(not hasattr(plain, "historyEvents"), "historyEvents present although show_history was not asked for")
    status = await run.client.get_status(hello.instance_id, show_history=True, show_history_output=True)
    expect(status.history is None, f"history must come under historyEvents, not history: {status.history!r}")
    types = event_types(status)
    expect(types, "the history of a completed HelloSequence is empty")
    for dropped in ("OrchestratorStarted", "OrchestratorCompleted"):
        expect(dropped not in types, f"{dropped} must be removed from the history, got {types}")
    expect(types[0] == "ExecutionStarted", f"expected the history to start with ExecutionStarted, got {types}")
    expect(types[-1] == "ExecutionCompleted", f"expected the history to end with ExecutionCompleted, got {types}")
    expect("TaskScheduled" not in types, f"completed activities must have no TaskScheduled event, got {types}")
    greetings = [f"Hello {city}!" for city in CITIES]
    expect(status.output == greetings, f"output of the three-city chain: expected {greetings}, got {status.output!r}")
    completed = [event for event in status.historyEvents if event.get("EventType") == "TaskCompleted"]
    expect(len(completed) >= 3, f"expected the three activities of HelloSequence as TaskCompleted, got {types}")
    for event in completed:
        expect(event.get("FunctionName"), f"TaskCompleted without FunctionName: {event}")
        expect(
            str(event.get("ScheduledTime", "")).endswith("+00:00"),
            f"TaskCompleted.ScheduledTime must be in +00:00 form, got {event.get('ScheduledTime')!r}",
        )
        expect(
            isinstance(event.get("Input"), str),
            f"TaskCompleted.Input must stay a JSON-encoded string, got {event.get('Input')!r}",
        )
    last = status.historyEvents[-1]
    expect(
        last.get("OrchestrationStatus") == "Completed",
        f"ExecutionCompleted.OrchestrationStatus: expected 'Completed', got {last.get('OrchestrationStatus')!r}",
    )
    expect(
        last.get("Result") == status.output,
        f"ExecutionCompleted.Result {last.get('Result')!r} differs from the output {status.output!r}",
    )


# --- restart -------------------------------------------------------------------------------------------------------


@case("restart returns the check-status payload of a new instance")
async def restart_new_id(run):
    hello = await run.completed_hello()
    payload = await run.client.restart(hello.instance_id)
    expect(isinstance(payload, dict), f"expected the check-status dict, got {payload!r}")
    new_id = payload.get("id")
    expect(new_id and new_id != hello.instance_id, f"expected a new instance id, got {new_id!r}")
    expect(
        new_id in str(payload.get("statusQueryGetUri", "")),
        f"statusQueryGetUri does not address {new_id}: {payload.get('statusQueryGetUri')!r}",
    )
    status = await run.client.get_status(new_id)
    expect(status, f"the restarted instance {new_id} does not exist")
    expect(status.name == "HelloSequence", f"restarted name: expected HelloSequence, got {status.name!r}")
    expect(status.input_ == hello.input_, f"restarted input: expected {hello.input_!r}, got {status.input_!r}")


@case("restart with restart_with_new_instance_id=False keeps the id")
async def restart_same_id(run):
    instance_id = await run.start("HelloSequence", "restart", CITIES)
    await run.wait_for(instance_id, {Status.Completed}, "HelloSequence completes")
    payload = await run.client.restart(instance_id, restart_with_new_instance_id=False)
    expect(isinstance(payload, dict), f"expected the check-status dict, got {payload!r}")
    expect(payload.get("id") == instance_id, f"expected the same id {instance_id}, got {payload.get('id')!r}")
    await run.wait_for(instance_id, {Status.Pending, Status.Running, Status.Completed}, "the restarted instance")


@case("restart of an unknown instance raises")
async def restart_unknown(run):
    instance_id = run.new_id("missing")
    try:
        await run.client.restart(instance_id)
    except Exception as error:
        expect(str(error), "restart of an unknown instance raised an exception without a message")
        return
    raise CheckFailed(f"restart of unknown instance {instance_id} succeeded")


# --- entities ------------------------------------------------------------------------------------------------------


def counter_value(state):
    """The number a counter entity holds, whether stored bare (`7`) or wrapped (`{"value": 7}`)."""
    if isinstance(state, dict) and set(state) == {"value"}:
        return state["value"]
    return state


async def wait_entity(run, entity, wanted, why):
    """Poll read_entity_state until the counter holds `wanted`; fail after the time budget."""
    deadline = time.monotonic() + run.timeout
    while True:
        response = await run.client.read_entity_state(entity)
        if response.entity_exists and counter_value(response.entity_state) == wanted:
            return response
        if time.monotonic() >= deadline:
            raise CheckFailed(
                f"@{entity.name}@{entity.key}: expected {wanted} within {run.timeout:g}s ({why}), last read "
                f"exists={response.entity_exists} state={response.entity_state!r}"
            )
        await asyncio.sleep(run.poll_interval)


@case("signal_entity counter add 5 then add 2 reads back 7")
async def counter_add(run):
    entity = df.EntityId("counter", run.new_id("cnt"))
    missing = await run.client.read_entity_state(entity)
    expect(not missing.entity_exists, f"a never-signalled entity exists: {missing.entity_state!r}")
    await run.client.signal_entity(entity, "add", 5)
    await run.client.signal_entity(entity, "add", 2)
    await wait_entity(run, entity, 7, "add 5 then add 2")
    run.counter = entity


@case("an entity is listed as instance @name@key")
async def entity_as_instance(run):
    entity = run.counter
    expect(entity is not None, "no counter entity from the previous case")
    instance_id = f"@counter@{entity.key}"
    status = await run.client.get_status(instance_id)
    expect(status, f"get_status({instance_id}) found nothing")
    expect(status.runtime_status == Status.Running, f"entity instances are always Running, got {describe(status)}")


@case("signal_entity counter reset then delete removes it")
async def counter_reset_delete(run):
    entity = run.counter
    expect(entity is not None, "no counter entity from the previous case")
    await run.client.signal_entity(entity, "reset")
    await wait_entity(run, entity, 0, "reset")
    await run.client.signal_entity(entity, "delete")
    deadline = time.monotonic() + run.timeout
    while True:
        response = await run.client.read_entity_state(entity)
        if not response.entity_exists:
            break
        if time.monotonic() >= deadline:
            raise CheckFailed(f"entity still exists {run.timeout:g}s after delete: {response.entity_state!r}")
        await asyncio.sleep(run.poll_interval)


# --- queries -------------------------------------------------------------------------------------------------------


async def filter_fixture(run):
    """Three instances under one prefix: two Running ApprovalWorkflows and one Completed HelloSequence."""
    fixture = run.filter_instances
    if fixture is None:
        prefix = f"{run.token}-filter-"
        running = [await run.start_waiting_approval("filter") for _ in range(2)]
        completed = await run.start("HelloSequence", "filter", CITIES)
        await run.wait_for(completed, {Status.Completed}, "HelloSequence completes")
        statuses = [await run.client.get_status(instance_id) for instance_id in running + [completed]]
        fixture = (prefix, set(running), completed, statuses)
        run.filter_instances = fixture
    return fixture


@case("get_status_by runtime_status returns only matching instances")
async def get_status_by_status(run):
    await filter_fixture(run)
    for wanted in ([Status.Running], [Status.Completed, Status.Failed]):
        statuses = await run.client.get_status_by(runtime_status=wanted)
        names = [s.value for s in wanted]
        expect(statuses, f"runtimeStatus={','.join(names)}: expected at least one instance, got none")
        for status in statuses:
            expect(
                status.runtime_status in wanted,
                f"runtimeStatus={','.join(names)} returned {status.instance_id} with {describe(status)}",
            )


@case("get_status_by instance_id_prefix returns only matching instances")
async def get_status_by_prefix(run):
    prefix, running, completed, _ = await filter_fixture(run)
    statuses = await run.client.get_status_by(instance_id_prefix=prefix)
    ids = {status.instance_id for status in statuses}
    wanted = running | {completed}
    expect(ids == wanted, f"prefix {prefix}: expected {sorted(wanted)}, got {sorted(ids)}")
    statuses = await run.client.get_status_by(instance_id_prefix=prefix, runtime_status=[Status.Completed])
    ids = [status.instance_id for status in statuses]
    expect(ids == [completed], f"prefix {prefix} and Completed: expected [{completed}], got {ids}")


@case("get_status_by created_time window returns only matching instances")
async def get_status_by_window(run):
    prefix, running, completed, statuses = await filter_fixture(run)
    created = [whole_second(utc(status.created_time)) for status in statuses]
    window_from = min(created) - timedelta(seconds=1)
    window_to = max(created) + timedelta(seconds=2)
    inside = await run.client.get_status_by(created_time_from=window_from, created_time_to=window_to)
    expect(inside, f"window {window_from.isoformat()}..{window_to.isoformat()}: expected instances, got none")
    for status in inside:
        moment = utc(status.created_time)
        expect(
            window_from <= moment <= window_to,
            f"window {window_from.isoformat()}..{window_to.isoformat()} returned {status.instance_id} created "
            f"{moment.isoformat()}",
        )
    mine = await run.client.get_status_by(
        created_time_from=window_from, created_time_to=window_to, instance_id_prefix=prefix
    )
    ids = {status.instance_id for status in mine}
    wanted = running | {completed}
    expect(ids == wanted, f"window and prefix: expected {sorted(wanted)}, got {sorted(ids)}")
    past = datetime(2001, 1, 1, tzinfo=timezone.utc)
    old = await run.client.get_status_by(created_time_from=past, created_time_to=past + timedelta(days=1))
    expect(old == [], f"a window in 2001 should match nothing, got {[s.instance_id for s in old]}")
    for instance_id in running:
        await run.client.terminate(instance_id, "conformance-cleanup")


# --- links built by the client -------------------------------------------------------------------------------------


@case("create_check_status_response builds a 202 with proper links")
async def check_status_response(run):
    hello = await run.completed_hello()
    request = func.HttpRequest(method="POST", url="http://example.test:7071/api/start", body=b"")
    response = run.client.create_check_status_response(request, hello.instance_id)
    expect(response.status_code == 202, f"expected status 202, got {response.status_code}")
    body = json.loads(response.get_body())
    expected = f"http://example.test:7071{WEBHOOK_PATH}/instances/{hello.instance_id}"
    expect(body.get("id") == hello.instance_id, f"payload id: expected {hello.instance_id}, got {body.get('id')!r}")
    expect(body.get("statusQueryGetUri") == expected, f"statusQueryGetUri: expected {expected}, got {body}")
    expect(response.headers.get("Location") == expected, f"Location: expected {expected}, got {response.headers}")
    expect(response.headers.get("Retry-After") == "10", f"Retry-After: expected 10, got {response.headers}")


@case("create_http_management_payload links reach the host")
async def management_payload(run):
    hello = await run.completed_hello()
    payload = run.client.create_http_management_payload(hello.instance_id)
    expected = f"{run.rpc_base}instances/{hello.instance_id}"
    expect(payload.get("id") == hello.instance_id, f"payload id: expected {hello.instance_id}, got {payload}")
    expect(payload.get("statusQueryGetUri") == expected, f"statusQueryGetUri: expected {expected}, got {payload}")
    code, body = await http_utils.get_async_request(payload["statusQueryGetUri"])
    expect(code == 200, f"GET statusQueryGetUri of a completed instance: expected 200, got {code}")
    expect(
        isinstance(body, dict) and body.get("instanceId") == hello.instance_id,
        f"GET statusQueryGetUri returned {body!r}",
    )


@case("wait_for_completion_or_create_check_status_response")
async def wait_for_completion(run):
    hello = await run.completed_hello()
    done = await run.client.wait_for_completion_or_create_check_status_response(None, hello.instance_id, 2000, 100)
    expect(done.status_code == 200, f"completed instance: expected 200, got {done.status_code}")
    expect(json.loads(done.get_body()) == hello.output, f"expected the output as body, got {done.get_body()!r}")
    instance_id = await run.start_waiting_approval("wait")
    pending = await run.client.wait_for_completion_or_create_check_status_response(None, instance_id, 500, 100)
    expect(pending.status_code == 202, f"running instance after the timeout: expected 202, got {pending.status_code}")
    await run.client.terminate(instance_id, "conformance-cleanup")


@case("the /durabletask/ local-RPC base serves the same routes")
async def local_rpc_base(run):
    hello = await run.completed_hello()
    rpc_base = run.origin + "/durabletask/"
    starter = {"taskHubName": "TestHub", "creationUrls": {}, "managementUrls": {}, "rpcBaseUrl": rpc_base}
    local = df.DurableOrchestrationClient(json.dumps(starter), function_invocation_id="conformance-invocation")
    status = await local.get_status(hello.instance_id)
    expect(
        status and status.runtime_status == Status.Completed and status.output == hello.output,
        f"GET {rpc_base}instances/{hello.instance_id}: expected the Completed status, got {describe(status)}",
    )
    instance_id = run.new_id("local")
    returned = await local.start_new("ApprovalWorkflow", instance_id)
    expect(returned == instance_id, f"start_new through {rpc_base} returned {returned!r}")
    await local.terminate(instance_id, "conformance-cleanup")
    stopped = await run.wait_for(instance_id, {Status.Terminated}, "terminated through the local-RPC base")
    expect(stopped.output == "conformance-cleanup", f"terminate reason: got {stopped.output!r}")


# --- purge ---------------------------------------------------------------------------------------------------------


@case("purge_instance_history removes an instance")
async def purge_one(run):
    instance_id = await run.start("HelloSequence", "purge", CITIES)
    await run.wait_for(instance_id, {Status.Completed}, "HelloSequence completes")
    result = await run.client.purge_instance_history(instance_id)
    expect(result.instances_deleted == 1, f"expected instancesDeleted 1, got {result.instances_deleted}")
    status = await run.client.get_status(instance_id)
    expect(not status, f"the purged instance is still there: {describe(status)}")


@case("purge_instance_history of an unknown id deletes 0")
async def purge_unknown(run):
    result = await run.client.purge_instance_history(run.new_id("missing"))
    expect(result.instances_deleted == 0, f"expected instancesDeleted 0, got {result.instances_deleted}")


@case("purge_instance_history_by purges only the window and status asked for")
async def purge_by(run):
    finished = []
    for _ in range(2):
        instance_id = await run.start("HelloSequence", "purgeby", CITIES)
        finished.append(await run.wait_for(instance_id, {Status.Completed}, "HelloSequence completes"))
    running = await run.start_waiting_approval("purgeby")
    created = [whole_second(utc(status.created_time)) for status in finished]
    window_from = min(created) - timedelta(seconds=1)
    window_to = max(created) + timedelta(seconds=2)
    result = await run.client.purge_instance_history_by(window_from, window_to, [Status.Completed])
    expect(result.instances_deleted >= 2, f"expected at least 2 instances deleted, got {result.instances_deleted}")
    for status in finished:
        after = await run.client.get_status(status.instance_id)
        expect(not after, f"{status.instance_id} survived the purge: {describe(after)}")
    survivor = await run.client.get_status(running)
    expect(
        survivor and survivor.runtime_status == Status.Running,
        f"the Running instance {running} was purged by a Completed-only purge: {describe(survivor)}",
    )
    await run.client.terminate(running, "conformance-cleanup")
    past = datetime(2001, 1, 1, tzinfo=timezone.utc)
    empty = await run.client.purge_instance_history_by(past, past + timedelta(days=1))
    expect(empty.instances_deleted == 0, f"a window in 2001: expected 0 deleted, got {empty.instances_deleted}")


# --- runner --------------------------------------------------------------------------------------------------------


async def run_all(base, timeout, selected):
    """Run every registered case in order and return (passed, failed)."""
    run = Run(base, timeout)
    passed = failed = 0
    try:
        for name, function in CASES:
            if selected and not any(word in name for word in selected):
                continue
            began = time.monotonic()
            try:
                await function(run)
            except CheckFailed as failure:
                failed += 1
                print(f"FAIL {name}: {failure}", flush=True)
            except Exception as error:
                failed += 1
                where = traceback.extract_tb(error.__traceback__)[-1]
                print(
                    f"FAIL {name}: unexpected {type(error).__name__}: {error} (at {where.name}:{where.lineno})",
                    flush=True,
                )
            else:
                passed += 1
                print(f"PASS {name} ({time.monotonic() - began:.1f}s)", flush=True)
    finally:
        await http_utils._close_session()
    return passed, failed


def main():
    """Parse the arguments, run the cases on one event loop and print the closing tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="host origin or webhook base URL")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds allowed for each awaited state")
    parser.add_argument("--only", action="append", default=[], help="run only cases whose name contains this")
    arguments = parser.parse_args()
    base = arguments.base.rstrip("/")
    if base.endswith(WEBHOOK_PATH):
        base = base[: -len(WEBHOOK_PATH)]
    passed, failed = asyncio.run(run_all(base, arguments.timeout, arguments.only))
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
