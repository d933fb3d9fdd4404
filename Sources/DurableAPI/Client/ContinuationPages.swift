/// An async sequence of result pages that follows `x-ms-continuation-token` (§5.3, §9.1).
///
/// The token from each response is sent back verbatim in the next request's header. Paging goes on through
/// short and empty pages (empty pages are yielded as empty arrays) and stops when the header is absent, empty,
/// or the historic end marker `bnVsbA==` (base64 of `null`). A token the host already sent once ends the
/// sequence with ``DurableAPIError/continuationLoop`` after the page that carried it.
public struct ContinuationPages<Item: Sendable>: AsyncSequence, Sendable {
    /// One page of items.
    public typealias Element = [Item]
    /// Every failure is a ``DurableAPIError``.
    public typealias Failure = DurableAPIError

    /// Fetches the page for a token (nil for the first page) and returns its items and the next token header.
    public typealias FetchPage = @Sendable (String?) async throws(DurableAPIError) -> (items: [Item], token: String?)

    private let fetchPage: FetchPage

    /// Creates a sequence that calls `fetchPage` for each page.
    public init(fetchPage: @escaping FetchPage) {
        self.fetchPage = fetchPage
    }

    /// Starts paging from the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(fetchPage: fetchPage)
    }

    /// Walks the pages; a state machine of first page → next token → finished (or a loop failure).
    public struct Iterator: AsyncIteratorProtocol {
        private enum State {
            case first
            case next(String)
            case loopDetected
            case finished
        }

        private let fetchPage: FetchPage
        private var state = State.first
        private var seenTokens: Set<String> = []

        init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
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
            let page: (items: [Item], token: String?)
            do {
                page = try await fetchPage(token)
            } catch {
                state = .finished
                throw error
            }
            state = advance(with: page.token)
            return page.items
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
