/// An async sequence of result pages that follows `x-ms-continuation-token` (§5.3, §9.1).
///
/// The token from each response is sent back verbatim in the next request's header. Paging goes on through
/// short and empty pages (empty pages are yielded as empty arrays) and stops when the header is absent, empty,
/// or the historic end marker `bnVsbA==` (base64 of `null`). A token the host already sent once ends the
/// sequence with ``DurableAPIError/continuationLoop`` after the page that carried it.
///
/// ``prefetching()`` asks for each next page as soon as the one before has arrived, in one run of requests
/// (``FetchRun``) that keeps a few arrived pages for the consumer (``PageFeed``), so decoding and the consumer's work
/// overlap the host's answers: a long listing then costs about the host's time, not the host's time plus ours. A
/// consumer that stops early, or is cancelled, cancels the request sent ahead.
public struct ContinuationPages<Item: Sendable>: AsyncSequence, Sendable {
    /// One page of items.
    public typealias Element = [Item]
    /// Every failure is a ``DurableAPIError``.
    public typealias Failure = DurableAPIError

    /// Fetches the page for a token (nil for the first page) and returns its items and the next token header.
    public typealias FetchPage = @Sendable (String?) async throws(DurableAPIError) -> (items: [Item], token: String?)

    /// A page as it arrived: the next token header, and its items, decoded when asked.
    public struct ArrivedPage: Sendable {
        /// The `x-ms-continuation-token` header of the answer.
        public let token: String?
        /// Whether the page is known to hold no items (a scanning host's many empty pages): one that leads on to
        /// another wakes no waiting consumer by itself.
        public let isEmpty: Bool
        /// Decodes the page's items.
        public let items: @Sendable () throws(DurableAPIError) -> [Item]

        /// Creates an arrived page; `isEmpty` says it is known to hold no items.
        public init(
            token: String?,
            isEmpty: Bool = false,
            items: @escaping @Sendable () throws(DurableAPIError) -> [Item]
        ) {
            self.token = token
            self.isEmpty = isEmpty
            self.items = items
        }
    }

    /// Fetches the page for a token (nil for the first page), leaving its decoding for later.
    public typealias ReceivePage = @Sendable (String?) async throws(DurableAPIError) -> ArrivedPage

    /// Fetches pages one after another from the page for a token: hands each arrival (or failure) to `arrived`,
    /// which returns the token of the page to fetch next, or nil to stop. Returns a function that stops the run,
    /// cancelling the request in flight (`arrived` is still called with its outcome, and must then return nil).
    public typealias FetchRun =
        @Sendable (
            _ token: String,
            _ arrived: @escaping @Sendable (Result<ArrivedPage, DurableAPIError>) -> String?
        ) -> @Sendable () -> Void

    private let receivePage: ReceivePage
    /// How the pages after the first are fetched when prefetching.
    private let fetchRun: FetchRun
    private let prefetches: Bool

    /// Creates a sequence that calls `fetchPage` for each page.
    public init(fetchPage: @escaping FetchPage) {
        let receivePage: ReceivePage = { token async throws(DurableAPIError) in
            let page = try await fetchPage(token)
            return ArrivedPage(token: page.token, isEmpty: page.items.isEmpty) { page.items }
        }
        self.receivePage = receivePage
        self.fetchRun = Self.inTurn(receivePage)
        self.prefetches = false
    }

    /// Creates a sequence that calls `receivePage` for each page and decodes it when it is handed on; when
    /// prefetching, the pages after the first come from `fetchRun`, or else from `receivePage` called in turn.
    public init(receivePage: @escaping ReceivePage, fetchRun: FetchRun? = nil) {
        self.receivePage = receivePage
        self.fetchRun = fetchRun ?? Self.inTurn(receivePage)
        self.prefetches = false
    }

    private init(receivePage: @escaping ReceivePage, fetchRun: @escaping FetchRun, prefetches: Bool) {
        self.receivePage = receivePage
        self.fetchRun = fetchRun
        self.prefetches = prefetches
    }

    /// The same pages, each next one asked for as soon as the one before has arrived (see ``PageFeed``).
    public func prefetching() -> ContinuationPages {
        ContinuationPages(receivePage: receivePage, fetchRun: fetchRun, prefetches: true)
    }

    /// Starts paging from the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(receivePage: receivePage, fetchRun: prefetches ? fetchRun : nil)
    }

    /// A run that calls `receivePage` for one page after another on a task of its own; stopping cancels the task.
    static func inTurn(_ receivePage: @escaping ReceivePage) -> FetchRun {
        { token, arrived in
            runInTurn(
                from: token,
                { token async throws(DurableAPIError) in try await receivePage(token) },
                then: arrived
            )
        }
    }

    /// Where a page's token header leads.
    enum Step {
        /// The next page's token.
        case next(String)
        /// No more pages: the header is absent, empty, or the historic end marker `bnVsbA==`.
        case end
        /// The token was already followed once.
        case loop
    }

    /// Where the token header `token` leads, given the tokens in `seen` already followed; adds a new token to `seen`.
    static func step(after token: String?, seen: inout Set<String>) -> Step {
        guard let token else {
            return .end
        }
        let trimmed = token.trimmingWhitespace()
        if trimmed.isEmpty || trimmed == "bnVsbA==" {
            return .end
        }
        return seen.insert(token).inserted ? .next(token) : .loop
    }

    /// Walks the pages; a state machine of first page → next token → finished (or a loop failure).
    public struct Iterator: AsyncIteratorProtocol {
        private enum State {
            case first
            case next(String)
            case loopDetected
            case finished
        }

        private let receivePage: ReceivePage
        /// How the pages after the first are fetched ahead, when they are.
        private let fetchRun: FetchRun?
        private var state = State.first
        private var seenTokens: Set<String> = []
        /// The pages after the first, when they are fetched ahead.
        private var feed: PageFeed?

        init(receivePage: @escaping ReceivePage, fetchRun: FetchRun?) {
            self.receivePage = receivePage
            self.fetchRun = fetchRun
        }

        /// The next page, or nil after the last one.
        public mutating func next() async throws(DurableAPIError) -> [Item]? {
            let token: String?
            switch state {
            case .first:
                token = nil
            case .next(let value):
                token = value
            case .loopDetected:
                state = .finished
                throw .continuationLoop
            case .finished:
                return nil
            }
            let page: ArrivedPage
            do {
                page = try await arrival(for: token)
                switch ContinuationPages.step(after: page.token, seen: &seenTokens) {
                case .next(let nextToken):
                    state = .next(nextToken)
                    if let fetchRun, feed == nil, !Task.isCancelled {
                        feed = PageFeed(token: nextToken, seen: seenTokens, fetchRun: fetchRun)
                    }
                case .end:
                    state = .finished
                case .loop:
                    state = .loopDetected
                }
                return try page.items()
            } catch {
                state = .finished
                feed = nil
                throw error
            }
        }

        /// The page for `token`: the feed's next, or else asked for now.
        private func arrival(for token: String?) async throws(DurableAPIError) -> ArrivedPage {
            guard let feed else {
                return try await receivePage(token)
            }
            return try await feed.next()
        }
    }
}
