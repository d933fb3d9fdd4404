import Synchronization
import Testing

@testable import DurableAPI

/// Serves scripted pages keyed by the token it receives and records the tokens asked for.
private final class PageScript: Sendable {
    let pages: [String?: (items: [Int], token: String?)]
    let requested = Mutex<[String?]>([])

    init(_ pages: [String?: (items: [Int], token: String?)]) {
        self.pages = pages
    }

    var sequence: ContinuationPages<Int> {
        ContinuationPages { (token: String?) async throws(DurableAPIError) -> (items: [Int], token: String?) in
            self.requested.withLock { $0.append(token) }
            guard let page = self.pages[token] else { throw DurableAPIError.notFound("page \(token ?? "first")") }
            return page
        }
    }
}

/// Prefetching pages whose second page takes a minute to answer, and how that request ended.
private final class SlowSecondPage: Sendable {
    /// Whether the second page was asked for.
    let asked = Mutex(false)
    /// "cancelled" or "answered" once the second page's request has ended.
    let outcome = Mutex<String?>(nil)

    var pages: ContinuationPages<Int> {
        ContinuationPages { (token: String?) async throws(DurableAPIError) -> (items: [Int], token: String?) in
            guard token != nil else { return ([1], "t1") }
            self.asked.withLock { $0 = true }
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                self.outcome.withLock { $0 = "cancelled" }
                throw .transport(.cancelled)
            }
            self.outcome.withLock { $0 = "answered" }
            return ([2], nil)
        }
        .prefetching()
    }

    /// Waits up to five seconds for the second page's request, when it was asked for, to end; says how it ended,
    /// or that no request was left running (the feed saw it was cancelled before it asked).
    func ending() async throws -> String {
        for _ in 0..<500 where asked.withLock({ $0 }) && outcome.withLock({ $0 }) == nil {
            try await Task.sleep(for: .milliseconds(10))
        }
        return asked.withLock { $0 } ? outcome.withLock { $0 } ?? "still running" : "never asked"
    }
}

/// A fetch run the test drives: it keeps the run's `arrived`, and the test hands it each page.
private final class DrivenRun: Sendable {
    let arrived = Mutex<(@Sendable (Result<ContinuationPages<Int>.ArrivedPage, DurableAPIError>) -> String?)?>(nil)

    var fetchRun: ContinuationPages<Int>.FetchRun {
        { _, arrived in
            self.arrived.withLock { $0 = arrived }
            return {}
        }
    }

    /// Hands the run a page of `items` with the token `token`; returns the token the run asks for next.
    func page(_ items: [Int], token: String?) -> String? {
        let arrived = self.arrived.withLock { $0 }
        return arrived?(.success(ContinuationPages<Int>.ArrivedPage(token: token, isEmpty: items.isEmpty) { items }))
    }
}

@Suite struct ContinuationPagesTests {
    private func collect(_ script: PageScript) async throws -> [[Int]] {
        var pages: [[Int]] = []
        for try await page in script.sequence {
            pages.append(page)
        }
        return pages
    }

    @Test func prefetchingGivesTheSamePagesAndAsksForEachNextOneBeforeTheConsumerIsDone() async throws {
        let script = PageScript([nil: ([1, 2], "t1"), "t1": ([], "t2"), "t2": ([3], nil)])
        var pages: [[Int]] = []
        var askedAheadOf: [Int] = []
        for try await page in script.sequence.prefetching() {
            let index = pages.count
            pages.append(page)
            for _ in 0..<2_000 where index < 2 && script.requested.withLock({ $0.count }) <= index + 1 {
                try await Task.sleep(for: .milliseconds(1))
            }
            if script.requested.withLock({ $0.count }) > index + 1 {
                askedAheadOf.append(index)
            }
        }
        #expect(pages == [[1, 2], [], [3]])
        #expect(script.requested.withLock { $0 } == [nil, "t1", "t2"])
        #expect(askedAheadOf == [0, 1])
    }

    @Test func prefetchingKeepsAskingWhileTheConsumerIsBusyUpToTheFeedsDepth() async throws {
        let depth = ContinuationPages<Int>.PageFeed.depth
        let count = depth + 6
        var pages: [String?: (items: [Int], token: String?)] = [nil: ([0], "t1")]
        for page in 1..<count {
            pages["t\(page)"] = ([page], page < count - 1 ? "t\(page + 1)" : nil)
        }
        let script = PageScript(pages)
        var received: [[Int]] = []
        for try await page in script.sequence.prefetching() {
            if received.isEmpty {
                for _ in 0..<2_000 where script.requested.withLock({ $0.count }) < 1 + depth {
                    try await Task.sleep(for: .milliseconds(1))
                }
                try await Task.sleep(for: .milliseconds(50))
                #expect(script.requested.withLock { $0.count } == 1 + depth)
            }
            received.append(page)
        }
        #expect(received == (0..<count).map { [$0] })
        #expect(script.requested.withLock { $0 } == [nil] + (1..<count).map { "t\($0)" })
    }

    @Test func prefetchingStopsOnLoopsAndFailuresLikePagingInTurn() async throws {
        let looping = PageScript([nil: ([1], "A"), "A": ([2], "B"), "B": ([3], "A")])
        var pages: [[Int]] = []
        await #expect(throws: DurableAPIError.continuationLoop) {
            for try await page in looping.sequence.prefetching() {
                pages.append(page)
            }
        }
        #expect(pages == [[1], [2], [3]])
        #expect(looping.requested.withLock { $0 } == [nil, "A", "B"])
        let failing = PageScript([nil: ([1], "missing")])
        pages = []
        await #expect(throws: DurableAPIError.notFound("page missing")) {
            for try await page in failing.sequence.prefetching() {
                pages.append(page)
            }
        }
        #expect(pages == [[1]])
    }

    @Test func aConsumerThatStopsEarlyLeavesNoRequestForAPageAheadRunning() async throws {
        let slow = SlowSecondPage()
        for try await page in slow.pages {
            #expect(page == [1])
            break
        }
        #expect(["cancelled", "never asked"].contains(try await slow.ending()))
    }

    @Test func cancellingTheConsumerWhileItWaitsCancelsThePageAskedForAhead() async throws {
        let slow = SlowSecondPage()
        let pages = slow.pages
        let firstPage = Mutex(false)
        let consumer = Task { () -> ([[Int]], DurableAPIError?) in
            var received: [[Int]] = []
            do throws(DurableAPIError) {
                for try await page in pages {
                    received.append(page)
                    firstPage.withLock { $0 = true }
                }
            } catch {
                return (received, error)
            }
            return (received, nil)
        }
        for _ in 0..<500 where !firstPage.withLock({ $0 }) || !slow.asked.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(10))
        }
        consumer.cancel()
        let (received, error) = await consumer.value
        #expect(received == [[1]])
        #expect(error == .transport(.cancelled))
        #expect(try await slow.ending() == "cancelled")
    }

    @Test(.timeLimit(.minutes(1)))
    func aConsumerCancelledWhileBusyIsAnsweredWithTheCancellation() async throws {
        var pages: [String?: (items: [Int], token: String?)] = [nil: ([0], "t1")]
        for page in 1..<20 {
            pages["t\(page)"] = ([page], page < 19 ? "t\(page + 1)" : nil)
        }
        let script = PageScript(pages)
        let consumer = Task { () -> ([[Int]], DurableAPIError?) in
            var received: [[Int]] = []
            do throws(DurableAPIError) {
                for try await page in script.sequence.prefetching() {
                    received.append(page)
                    if received.count == 2 {
                        withUnsafeCurrentTask { $0?.cancel() }
                    }
                }
            } catch {
                return (received, error)
            }
            return (received, nil)
        }
        let (received, error) = await consumer.value
        #expect(error == .transport(.cancelled))
        #expect(received == (0..<received.count).map { [$0] })
        #expect(received.count < 20)
    }

    @Test(.timeLimit(.minutes(1)))
    func anEmptyPageThatLeadsOnWakesNoWaitingConsumerAndTheNextPageBringsBoth() async throws {
        let run = DrivenRun()
        let core = ContinuationPages<Int>.Core(seen: [], fetchRun: run.fetchRun)
        core.start(from: "t1")
        let taken = Mutex<[[Int]]>([])
        let consumer = Task {
            for _ in 0..<3 {
                let page = try await core.take().get().items()
                taken.withLock { $0.append(page) }
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(run.page([], token: "t2") == "t2")
        #expect(run.page([], token: "t3") == "t3")
        try await Task.sleep(for: .milliseconds(50))
        #expect(taken.withLock { $0 }.isEmpty)
        #expect(run.page([7], token: nil) == nil)
        try await consumer.value
        #expect(taken.withLock { $0 } == [[], [], [7]])
    }

    @Test func anEmptyArrayIsKnownFromItsTextAlone() {
        for text in ["[]", " [ ] ", "\n[\r\n\t]\n"] {
            #expect(JSONParser.isEmptyArray(Array(text.utf8)), "\(text)")
        }
        for text in ["", "[", "]", "[0]", "[] []", "{}", "[]x", "[,]"] {
            #expect(!JSONParser.isEmptyArray(Array(text.utf8)), "\(text)")
        }
    }

    @Test func followsTokensThroughShortAndEmptyPagesUntilAbsent() async throws {
        let script = PageScript([
            nil: ([1, 2], "t1"),
            "t1": ([], "t2"),
            "t2": ([3], "t3"),
            "t3": ([4, 5], nil),
        ])
        #expect(try await collect(script) == [[1, 2], [], [3], [4, 5]])
        #expect(script.requested.withLock { $0 } == [nil, "t1", "t2", "t3"])
    }

    @Test func emptyTokenHeaderEndsPaging() async throws {
        let script = PageScript([nil: ([1], "t1"), "t1": ([2], "")])
        #expect(try await collect(script) == [[1], [2]])
        #expect(script.requested.withLock { $0 } == [nil, "t1"])
    }

    @Test func historicNullTokenEndsPaging() async throws {
        let script = PageScript([nil: ([1], "bnVsbA==")])
        #expect(try await collect(script) == [[1]])
    }

    @Test func repeatingTokenStopsWithLoopError() async throws {
        let script = PageScript([nil: ([1], "A"), "A": ([2], "B"), "B": ([3], "A")])
        var pages: [[Int]] = []
        await #expect(throws: DurableAPIError.continuationLoop) {
            for try await page in script.sequence {
                pages.append(page)
            }
        }
        #expect(pages == [[1], [2], [3]])
        #expect(script.requested.withLock { $0 } == [nil, "A", "B"])
    }

    @Test func fetchFailureEndsTheSequence() async throws {
        let script = PageScript([nil: ([1], "missing")])
        var pages: [[Int]] = []
        await #expect(throws: DurableAPIError.notFound("page missing")) {
            for try await page in script.sequence {
                pages.append(page)
            }
        }
        #expect(pages == [[1]])
    }
}
