import DurableAPI
import Foundation
import Testing

@testable import HubKit

@Suite("Timeline model")
struct TimelineModelTests {
    typealias F = TimelineFixtures

    /// A timeline of `a`'s instance times (created 11:56:00, updated 11:59:50) over some events.
    static func timeline(_ history: [HistoryEvent], running: Bool = true) -> Timeline {
        Timeline(
            history: history,
            createdTime: F.date(0),
            lastUpdatedTime: F.date(230),
            isRunning: running
        )
    }

    /// `TaskScheduled` (a pending activity) at the given seconds.
    static func scheduled(_ name: String, _ seconds: Double) throws -> HistoryEvent {
        try event(#"{"EventType":"TaskScheduled","Name":"\#(name)","Timestamp":"\#(F.at(seconds))"}"#)
    }

    @Test("each kind of event becomes its bar, sorted by start; other events add none")
    func kinds() throws {
        let timeline = Self.timeline(try F.history())
        let bars = timeline.bars
        #expect(
            bars.map(\.kind) == [
                .activity, .timer, .activity, .externalEvent, .subOrchestration, .subOrchestration, .activity,
            ]
        )
        #expect(
            bars.map(\.name) == [
                "Validate", "timer", "ChargeCard", "Approval", "ShipOrder", "ShipOrder", "NotifyCustomerAboutShipment",
            ]
        )
        #expect(bars[0].start == F.date(0.1) && bars[0].end == F.date(1.6) && !bars[0].isFailed)
        #expect(bars[1].start == F.date(1.7) && bars[1].end == F.date(31.75) && bars[1].eventIndex == 3)
        #expect(bars[3].start == F.date(60) && bars[3].end == F.date(60))
        #expect(bars[4].start == F.date(61) && bars[4].end == F.date(150) && bars[4].childInstanceID == nil)
        #expect(bars[5].isPending && bars[5].childInstanceID == "a:9" && bars[5].eventIndex == 9)
        #expect(bars[6].isPending && bars[6].start == F.date(180))
        #expect(timeline.start == F.date(0))
    }

    @Test("failed activities and children are marked failed; pending work runs to now, or to the last update")
    func failedAndOpen() throws {
        let failedChild = try event(
            #"{"EventType":"SubOrchestrationInstanceFailed","Reason":"boom","Timestamp":"\#(F.at(20))","ScheduledTime":"\#(F.at(5))","FunctionName":"Ship"}"#
        )
        let history = [try F.activity("Charge", 1, 2, failed: true), failedChild, try Self.scheduled("Notify", 30)]
        let running = Self.timeline(history)
        #expect(running.bars.map(\.isFailed) == [true, true, false])
        #expect(running.end(of: running.bars[2], now: fixedNow) == fixedNow)
        #expect(running.end(of: running.bars[0], now: fixedNow) == F.date(2))
        let finished = Self.timeline(history, running: false)
        #expect(finished.end(now: fixedNow) == F.date(230))
        #expect(finished.end(of: finished.bars[2], now: fixedNow) == F.date(230))
    }

    @Test("timers pair by FireAt in order; an unfired timer is pending; a fired one without creation stands alone")
    func timers() throws {
        let history = [
            try F.timer("TimerCreated", 1, fireAt: 10),
            try F.timer("TimerCreated", 2, fireAt: 10),
            try F.timer("TimerFired", 10.1, fireAt: 10),
            try F.timer("TimerFired", 40, fireAt: 39),
        ]
        let bars = Self.timeline(history).bars
        #expect(bars.map(\.start) == [F.date(1), F.date(2), F.date(40)])
        #expect(bars.map(\.end) == [F.date(10.1), nil, F.date(40)])
    }

    @Test("alike calls scheduled within 500 ms of a fold's first join it: 500 ms does, 501 ms does not")
    func foldWindow() throws {
        let history = [
            try F.activity("Charge", 10, 12),
            try F.activity("Charge", 10.5, 11),
            try F.activity("Charge", 10.501, 20, failed: true),
            try F.activity("Refund", 10.2, 13),
        ]
        let bars = Self.timeline(history).bars
        #expect(bars.map(\.name) == ["Charge", "Refund", "Charge"])
        #expect(bars.map(\.count) == [2, 1, 1])
        #expect(bars[0].start == F.date(10) && bars[0].end == F.date(12) && bars[0].eventIndex == 1)
        #expect(!bars[0].isFailed && bars[2].isFailed)
    }

    @Test("a sequence of alike calls, each scheduled after the last ended, stays one bar per call")
    func sequenceDoesNotFold() throws {
        let history = [
            try F.activity("SayHello", 10, 10.08),
            try F.activity("SayHello", 10.09, 10.17),
            try F.activity("SayHello", 10.18, 10.26),
        ]
        let bars = Self.timeline(history).bars
        #expect(bars.map(\.count) == [1, 1, 1])
    }

    @Test("a fold spans earliest start to latest end, fails if any member failed, stays open while one is pending")
    func foldMembers() throws {
        let history = [
            try F.activity("Charge", 10.2, 30, failed: true),
            try F.activity("Charge", 10, 12),
            try Self.scheduled("Charge", 10.4),
        ]
        let bars = Self.timeline(history).bars
        #expect(bars.count == 1)
        #expect(bars[0].count == 3 && bars[0].isFailed && bars[0].isPending && bars[0].start == F.date(10))
        let closed = Self.timeline(Array(history.prefix(2))).bars
        #expect(closed[0].end == F.date(30) && closed[0].eventIndex == 1)
    }

    @Test("a fold holds at most 100 calls; the next alike call starts a new fold")
    func foldLimit() throws {
        let history = try (0..<250).map { _ in try F.activity("Work", 5, 6) }
        #expect(Self.timeline(history).bars.map(\.count) == [100, 100, 50])
    }

    @Test("a 10,000-event fan-out folds to a readable number of rows")
    func largeFanOut() throws {
        let history = try F.fanOut()
        #expect(history.count == 10_000)
        let bars = Self.timeline(history).bars
        #expect(bars.count == 70)
        #expect(bars.reduce(0) { $0 + $1.count } == 6_999)
        #expect(!bars.contains { $0.isPending })
    }

    @Test("a child is the history's id, else the listed parent:… instance of its name created nearest after it")
    func childResolution() throws {
        let bars = Self.timeline(try F.history()).bars
        let finished = bars[4]
        let held = [
            "a:1": instance("a:1", name: "ShipOrder", ageSeconds: 300),
            "a:3": instance("a:3", name: "ShipOrder", ageSeconds: 120),
            "a:4": instance("a:4", name: "ShipOrder", ageSeconds: 170),
            "a:5": instance("a:5", name: "Billing", ageSeconds: 175),
            "ab:7": instance("ab:7", name: "ShipOrder", ageSeconds: 176),
        ]
        #expect(finished.childInstanceID(parentID: "a", among: held.values) == "a:4")
        #expect(finished.childInstanceID(parentID: "a", among: [held["a:1"]!]) == nil)
        #expect(bars[5].childInstanceID(parentID: "a", among: held.values) == "a:9")
        #expect(bars[0].childInstanceID(parentID: "a", among: held.values) == nil)
    }

    @Test("a child listed in the same second as its scheduling matches: the host's createdTime has no fraction")
    func childCreatedInTheSameSecond() throws {
        let completed = try event(
            #"{"EventType":"SubOrchestrationInstanceCompleted","Timestamp":"\#(F.at(70))","ScheduledTime":"\#(F.at(61.7))","FunctionName":"ShipOrder"}"#
        )
        let bar = Self.timeline([completed]).bars[0]
        let held = [
            "a:1": instance("a:1", name: "ShipOrder", ageSeconds: 179),
            "a:0": instance("a:0", name: "ShipOrder", ageSeconds: 179),
            "a:2": instance("a:2", name: "ShipOrder", ageSeconds: 179.001),
        ]
        #expect(bar.childInstanceID(parentID: "a", among: held.values) == "a:0")
        let numbered = [
            "a:10": instance("a:10", name: "ShipOrder", ageSeconds: 179),
            "a:9": instance("a:9", name: "ShipOrder", ageSeconds: 179),
        ]
        #expect(bar.childInstanceID(parentID: "a", among: numbered.values) == "a:9")
    }
}
