import Testing

@testable import DurableAPI

@Suite struct RuntimeStatusTests {
    @Test func namesAndNumbersFollowTheHostEnum() {
        let expected = [
            "Running", "Completed", "ContinuedAsNew", "Failed", "Canceled", "Terminated", "Pending", "Suspended",
        ]
        #expect(RuntimeStatus.allKnown.map(\.name) == expected)
        for (value, name) in expected.enumerated() {
            #expect(RuntimeStatus(name: name).numericValue == value)
            #expect(RuntimeStatus(numericValue: value).name == name)
        }
    }

    @Test func canceledHasOneL() {
        #expect(RuntimeStatus(name: "Canceled") == .canceled)
        #expect(RuntimeStatus(name: "Cancelled") == .unknown("Cancelled"))
    }

    @Test func unknownIsKeptVerbatim() {
        #expect(RuntimeStatus(name: "Unknown") == .unknown("Unknown"))
        #expect(RuntimeStatus(name: "Unknown").numericValue == -1)
        #expect(RuntimeStatus(numericValue: -1) == .unknown("Unknown"))
        #expect(RuntimeStatus(name: "Hibernating").name == "Hibernating")
        #expect(RuntimeStatus(name: "Hibernating").numericValue == nil)
        #expect(RuntimeStatus(name: "running") == .unknown("running"))
    }

    @Test func terminalStatusesAreTheCompletedStatusSet() {
        let terminal = RuntimeStatus.allKnown.filter(\.isTerminal)
        #expect(terminal == [.completed, .failed, .canceled, .terminated])
        #expect(Set(terminal) == RuntimeStatus.completedStatuses)
        #expect(!RuntimeStatus.unknown("Unknown").isTerminal)
    }

    @Test func queryPiecesUseEnumTryParseRules() {
        #expect(RuntimeStatus(hostEnumText: " Running ") == .running)
        #expect(RuntimeStatus(hostEnumText: "running") == nil)
        #expect(RuntimeStatus(hostEnumText: "0") == .running)
        #expect(RuntimeStatus(hostEnumText: " 7") == .suspended)
        #expect(RuntimeStatus(hostEnumText: "42") == .unknown("42"))
        #expect(RuntimeStatus(hostEnumText: "-1") == .unknown("Unknown"))
        #expect(RuntimeStatus(hostEnumText: "Unknown") == .unknown("Unknown"))
        #expect(RuntimeStatus(hostEnumText: "") == nil)
        #expect(RuntimeStatus(hostEnumText: "Runn ing") == nil)
    }

    @Test func queryFilterSplitsRepeatsAndSkipsGarbage() {
        #expect(RuntimeStatus.parseQueryFilter(["Running,Pending", "Failed"]) == [.running, .pending, .failed])
        #expect(RuntimeStatus.parseQueryFilter(["running,bogus", "Completed"]) == [.completed])
        #expect(RuntimeStatus.parseQueryFilter(["3, 5"]) == [.failed, .terminated])
    }

    @Test func queryFilterWithNothingParsedMeansNoFilter() {
        #expect(RuntimeStatus.parseQueryFilter(["running", "completed,"]) == nil)
        #expect(RuntimeStatus.parseQueryFilter([]) == nil)
    }

    @Test func undefinedNumberFiltersToNothing() {
        let filter = RuntimeStatus.parseQueryFilter(["42"])
        #expect(filter == [.unknown("42")])
        #expect(RuntimeStatus.allKnown.allSatisfy { !(filter?.contains($0) ?? true) })
    }
}
