/// An async sequence of result pages that follows `x-ms-continuation-token` (§5.3, §9.1).
///
/// The token from each response is sent back verbatim in the next request's header. Paging goes on through
/// short and empty pages (empty pages are yielded as empty arrays) and stops when the header is absent, empty,
/// or the historic end marker `bnVsbA==` (base64 of `null`). A token the host already sent once ends the
/// sequence with ``DurableAPIError/continuationLoop`` after the page that carried it.
///
/// ``prefetching()`` asks for each next page as soon as the current one has arrived, before the current one is
/// decoded and handed on, so decoding and the consumer's work overlap the host's answer: a long listing then
/// costs about the host's time, not the host's time plus ours. A consumer that stops early, or is cancelled,
/// cancels the request it had sent ahead.
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
        /// Decodes the page's items.
        public let items: @Sendable () throws(DurableAPIError) -> [Item]

        /// Creates an arrived page.
        public init(token: String?, items: @escaping @Sendable () throws(DurableAPIError) -> [Item]) {
            self.token = token
            self.items = items
        }
    }

    /// Fetches the page for a token (nil for the first page), leaving its decoding for later.
    public typealias ReceivePage = @Sendable (String?) async throws(DurableAPIError) -> ArrivedPage

    private let receivePage: ReceivePage
    private let prefetches: Bool

    /// Creates a sequence that calls `fetchPage` for each page.
    public init(fetchPage: @escaping FetchPage) {
        self.receivePage = { token async throws(DurableAPIError) in
            let page = try await fetchPage(token)
            return ArrivedPage(token: page.token) { page.items }
        }
        self.prefetches = false
    }

    /// Creates a sequence that calls `receivePage` for each page and decodes it when it is handed on.
    public init(receivePage: @escaping ReceivePage) {
        self.receivePage = receivePage
        self.prefetches = false
    }

    private init(receivePage: @escaping ReceivePage, prefetches: Bool) {
        self.receivePage = receivePage
        self.prefetches = prefetches
    }

    /// The same pages, each next one asked for as soon as the one before has arrived.
    public func prefetching() -> ContinuationPages {
        ContinuationPages(receivePage: receivePage, prefetches: true)
    }

    /// Starts paging from the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(receivePage: receivePage, prefetches: prefetches)
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
        private let prefetches: Bool
        private var state = State.first
        private var seenTokens: Set<String> = []
        /// The request for the next page, when it was sent ahead.
        private var ahead: AheadRequest?

        init(receivePage: @escaping ReceivePage, prefetches: Bool) {
            self.receivePage = receivePage
            self.prefetches = prefetches
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
                state = advance(with: page.token)
                if prefetches, !Task.isCancelled, case .next(let nextToken) = state {
                    ahead = AheadRequest(token: nextToken, receivePage: receivePage)
                }
                return try page.items()
            } catch {
                state = .finished
                ahead = nil
                throw error
            }
        }

        /// The page for `token`: the one sent ahead, or else asked for now.
        private mutating func arrival(for token: String?) async throws(DurableAPIError) -> ArrivedPage {
            guard let pending = ahead else {
                return try await receivePage(token)
            }
            ahead = nil
            return try await pending.page()
        }

        private mutating func advance(with token: String?) -> State {
            guard let token, !Self.isEndMarker(token) else { return .finished }
            if seenTokens.contains(token) {
                return .loopDetected
            }
            seenTokens.insert(token)
            return .next(token)
        }

        private static func isEndMarker(_ token: String) -> Bool {
            let trimmed = token.trimmingWhitespace()
            return trimmed.isEmpty || trimmed == "bnVsbA=="
        }
    }
}
