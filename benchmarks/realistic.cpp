//===- benchmarks/realistic.cpp - a small in-memory text search engine ----===//
//
// A realistic mix rather than one hot spot: generates a corpus of documents
// from a synthetic vocabulary with a skewed (Zipf-like) word distribution,
// tokenises every document into std::strings, counts terms per document in
// a std::map, merges them into an inverted index
// (std::unordered_map<std::string, std::vector<Posting>>), then answers
// two-term AND queries by intersecting posting lists and ranking the hits.
// Short-lived strings, node-based containers, growing vectors and hash-table
// rehashes give the allocator and the access checks a typical C++ workload.
//
//   clang++-22 -O2 -g realistic.cpp -o realistic && ./realistic
//
// Prints `checksum: <hex>` (plus a few counts), identical in every build.
//
// See also: benchmarks/run.sh.
//===----------------------------------------------------------------------===//
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

constexpr unsigned VocabularySize = 6000;
constexpr unsigned Documents = 10000;
constexpr unsigned Queries = 40000;

class Random {
public:
  explicit Random(uint64_t Seed) : State(Seed) {}
  uint64_t next() {
    State = State * 6364136223846793005ull + 1442695040888963407ull;
    return State >> 33;
  }
  unsigned below(unsigned N) { return static_cast<unsigned>(next() % N); }

private:
  uint64_t State;
};

std::vector<std::string> makeVocabulary(Random &Rng) {
  static const char Letters[] = "etaoinshrdlcumwfgypbvkjxqz";
  std::vector<std::string> Words;
  Words.reserve(VocabularySize);
  for (unsigned I = 0; I < VocabularySize; ++I) {
    std::string W;
    unsigned Length = 2 + Rng.below(9);
    for (unsigned K = 0; K < Length; ++K)
      W += Letters[std::min(Rng.below(26), Rng.below(26))];
    W += std::to_string(I % 97); // keeps words distinct enough
    Words.push_back(std::move(W));
  }
  return Words;
}

// Skewed pick: the product of two uniforms favours low ranks.
unsigned zipfish(Random &Rng) {
  uint64_t A = Rng.below(VocabularySize), B = Rng.below(VocabularySize);
  return static_cast<unsigned>(A * B / VocabularySize);
}

std::string makeDocument(Random &Rng, const std::vector<std::string> &Vocab) {
  std::string Text;
  unsigned Words = 40 + Rng.below(160);
  for (unsigned I = 0; I < Words; ++I) {
    const std::string &W = Vocab[zipfish(Rng)];
    if (Rng.below(8) == 0) { // Capitalised, as at a sentence start.
      Text += static_cast<char>(std::toupper(static_cast<unsigned char>(W[0])));
      Text.append(W, 1, std::string::npos);
    } else {
      Text += W;
    }
    unsigned Punct = Rng.below(20);
    Text += Punct == 0 ? ". " : Punct == 1 ? ", " : " ";
  }
  return Text;
}

std::vector<std::string> tokenize(const std::string &Text) {
  std::vector<std::string> Tokens;
  std::string Current;
  for (char C : Text) {
    if (std::isalnum(static_cast<unsigned char>(C))) {
      Current += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    } else if (!Current.empty()) {
      Tokens.push_back(Current);
      Current.clear();
    }
  }
  if (!Current.empty())
    Tokens.push_back(Current);
  return Tokens;
}

struct Posting {
  uint32_t Doc;
  uint32_t Count;
};

using Index = std::unordered_map<std::string, std::vector<Posting>>;

struct Hit {
  uint32_t Doc;
  uint32_t Score;
};

// Both lists are sorted by document (documents are added in order).
std::vector<Hit> intersect(const std::vector<Posting> &A,
                           const std::vector<Posting> &B) {
  std::vector<Hit> Hits;
  std::size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    if (A[I].Doc < B[J].Doc)
      ++I;
    else if (B[J].Doc < A[I].Doc)
      ++J;
    else
      Hits.push_back({A[I].Doc, A[I++].Count * B[J++].Count});
  }
  return Hits;
}

uint64_t mix(uint64_t H, uint64_t V) {
  return (H ^ V) * 0x100000001b3ull;
}

} // namespace

int main() {
  Random Rng(2024);
  std::vector<std::string> Vocab = makeVocabulary(Rng);

  Index Postings;
  uint64_t TotalTokens = 0;
  for (uint32_t Doc = 0; Doc < Documents; ++Doc) {
    std::string Text = makeDocument(Rng, Vocab);
    std::map<std::string, uint32_t> Counts;
    for (std::string &Token : tokenize(Text)) {
      ++Counts[std::move(Token)];
      ++TotalTokens;
    }
    for (const auto &[Term, Count] : Counts)
      Postings[Term].push_back({Doc, Count});
  }

  uint64_t Checksum = 0xcbf29ce484222325ull;
  uint64_t Answered = 0;
  for (unsigned Q = 0; Q < Queries; ++Q) {
    std::string First = Vocab[zipfish(Rng)], Second = Vocab[zipfish(Rng)];
    auto A = Postings.find(First), B = Postings.find(Second);
    if (A == Postings.end() || B == Postings.end()) {
      Checksum = mix(Checksum, Q);
      continue;
    }
    std::vector<Hit> Hits = intersect(A->second, B->second);
    std::size_t Top = std::min<std::size_t>(10, Hits.size());
    std::partial_sort(Hits.begin(), Hits.begin() + Top, Hits.end(),
                      [](const Hit &L, const Hit &R) {
                        return L.Score != R.Score ? L.Score > R.Score
                                                  : L.Doc < R.Doc;
                      });
    for (std::size_t K = 0; K < Top; ++K)
      Checksum = mix(Checksum, uint64_t(Hits[K].Doc) << 20 | Hits[K].Score);
    Answered += Hits.empty() ? 0 : 1;
  }

  std::printf("documents: %u, tokens: %llu, terms: %zu, answered: %llu\n",
              Documents, static_cast<unsigned long long>(TotalTokens),
              Postings.size(), static_cast<unsigned long long>(Answered));
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(Checksum));
  return 0;
}
