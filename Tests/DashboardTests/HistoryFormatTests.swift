import DurableAPI
import Testing

@testable import Dashboard

@Suite("History rows, waiting-on and masking")
struct HistoryFormatTests {
    @Test("durable HTTP calls show method, URL and status code, with secrets masked")
    func httpActivity() throws {
        let completed = try event(
            #"""
            {"EventType":"TaskCompleted","Result":{"statusCode":202,"headers":{},"content":""},
             "Timestamp":"2026-03-10T11:50:02Z","ScheduledTime":"2026-03-10T11:50:01+00:00",
             "FunctionName":"BuiltIn::HttpActivity",
             "Input":"{\"method\":\"post\",\"uri\":\"https://api.example.com/orders?code=SECRET\",\"headers\":{\"Authorization\":\"Bearer tok\"}}"}
            """#
        )
        let row = HistoryRow(event: completed, start: nil)
        #expect(row.summary == "POST https://api.example.com/orders?code=*** \u{2192} 202")
        #expect(row.duration == 1)
    }

    @Test("Authorization headers and bearer tokens are masked in any payload")
    func masking() {
        let payload: JSONValue = [
            "headers": ["Authorization": "Bearer abc", "x-functions-key": "k", "Accept": "json"],
            "note": "use Bearer xyz.123 here",
        ]
        let masked = Redaction.standard.apply(payload)
        #expect(masked["headers"]?["Authorization"] == "Bearer ***")
        #expect(masked["headers"]?["x-functions-key"] == "***")
        #expect(masked["headers"]?["Accept"] == "json")
        #expect(masked["note"] == "use Bearer *** here")
    }

    @Test("secrets inside JSON text embedded in a string are masked by key too")
    func embedded() {
        let raw: JSONValue = .string(#"{"headers":{"Authorization":"Basic dXNlcjpwYXNz"}}"#)
        let masked = Redaction.standard.apply(raw)
        #expect(masked == .string(#"{"headers":{"Authorization":"***"}}"#))
    }

    @Test("the event JSON view masks secrets too")
    func eventViewMasks() throws {
        let raised = try event(
            #"{"EventType":"EventRaised","Name":"Approval","Input":"{\"Authorization\":\"Bearer s3cret\"}","Timestamp":"2026-03-10T11:50:02Z"}"#
        )
        var state = loadedState([instance("a")])
        press([.enter, .character("2")], on: &state)
        state.apply(.instanceDetail(instance("a", history: [raised])), now: fixedNow)
        #expect(!screen(state).text.contains("s3cret"))
        press([.enter], on: &state)
        let text = screen(state).text
        #expect(text.contains("EventRaised"))
        #expect(!text.contains("s3cret"))
    }

    @Test("failures show their reason; pending work says so")
    func summaries() throws {
        let failed = try event(
            #"{"EventType":"TaskFailed","Reason":"Card declined\nat Foo()","Details":null,"FailureDetails":null,"Timestamp":"2026-03-10T11:50:02Z","ScheduledTime":"2026-03-10T11:50:01+00:00","FunctionName":"Charge"}"#
        )
        let row = HistoryRow(event: failed, start: nil)
        #expect(row.summary == "Card declined")
        #expect(row.isFailure)
        let scheduled = try event(
            #"{"EventType":"TaskScheduled","Name":"Charge","Input":"{\"amount\":5}","Timestamp":"2026-03-10T11:50:01Z"}"#
        )
        #expect(HistoryRow(event: scheduled, start: nil).summary == "pending; input {\"amount\":5}")
    }

    @Test("waiting on: pending activities are counted, fired timers are not listed")
    func waitingOn() throws {
        let history = [
            try event(#"{"EventType":"TaskScheduled","Name":"Fetch","Timestamp":"2026-03-10T11:50:01Z"}"#),
            try event(#"{"EventType":"TaskScheduled","Name":"Fetch","Timestamp":"2026-03-10T11:50:01Z"}"#),
            try event(
                #"{"EventType":"TimerCreated","FireAt":"2026-03-10T11:55:00Z","Timestamp":"2026-03-10T11:50:01Z"}"#
            ),
            try event(
                #"{"EventType":"TimerFired","FireAt":"2026-03-10T11:55:00Z","Timestamp":"2026-03-10T11:55:00Z"}"#
            ),
        ]
        let text = WaitingOn.describe(instance("a", history: history), local: false)
        #expect(text == "waiting on: activity Fetch \u{00D7}2")
        let idle = WaitingOn.describe(instance("b", history: []), local: false)
        #expect(idle == "waiting on: an external event (nothing else is pending)")
        #expect(WaitingOn.describe(instance("c", status: .completed, history: []), local: false) == nil)
    }

    @Test("durations and relative times are short")
    func timeTexts() {
        #expect(TimeFormat.duration(0.85) == "850ms")
        #expect(TimeFormat.duration(12.34) == "12.3s")
        #expect(TimeFormat.duration(184) == "3m04s")
        #expect(TimeFormat.duration(7_500) == "2h05m")
        #expect(TimeFormat.relative(fixedNow.addingTimeInterval(-90), now: fixedNow) == "1m ago")
        #expect(TimeFormat.absolute(fixedNow, local: false) == "2026-03-10 12:00:00Z")
    }
}

@Suite("JSON colouring")
struct JSONLineStylerTests {
    @Test("keys, strings, literals and punctuation get their styles and the text stays the same")
    func segments() {
        let line = #"  "say \"hi\"": "Tokyo","#
        let segments = JSONLineStyler.segments(of: line)
        #expect(segments.map(\.0).joined() == line)
        #expect(segments.map(\.1) == [.body, .jsonKey, .jsonPunctuation, .jsonString, .jsonPunctuation])
        #expect(
            JSONLineStyler.segments(of: #""n": 150.0,"#).map(\.1) == [
                .jsonKey, .jsonPunctuation, .jsonLiteral, .jsonPunctuation,
            ]
        )
        #expect(JSONLineStyler.segments(of: "  ]").map(\.1) == [.body, .jsonPunctuation])
    }

    @Test("the summary tab draws JSON keys in the key style")
    func summaryColours() {
        var state = loadedState([instance("x", customStatus: ["stage": "ship"])])
        press([.enter], on: &state)
        let grid = screen(state)
        let row = (0..<24).first { grid.text(ofRow: $0).contains("\"stage\": \"ship\"") }
        #expect(row != nil)
        if let row, let start = column(of: "\"stage\"", inRow: row, of: grid) {
            #expect(grid[row, start].style == .jsonKey)
        }
    }
}
