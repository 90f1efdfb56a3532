// EXPECT: stack-use-after-scope
// A query builder whose clauses keep `const std::string &` members. A clause is built from a
// temporary std::string (the result of a concatenation): the constructor binds the member to
// its reference parameter, which does not extend the temporary's life past the full
// expression, so rendering the query later reads a dead temporary. The column names are short, so the
// temporary's characters live in its in-object buffer, on the stack.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Clause {
  Clause(const std::string &c, const char *o, long v) : column(c), op(o), value(v) {}
  const std::string &column;
  const char *op;
  long value;
};

class Query {
public:
  explicit Query(std::string table) : table_(std::move(table)) {}
  Query &where(const Clause &c) {
    clauses_.push_back(&c);
    return *this;
  }
  std::string render() const {
    std::string sql = "SELECT * FROM " + table_;
    for (size_t i = 0; i < clauses_.size(); i++) {
      const Clause *c = clauses_[i];
      sql += i == 0 ? " WHERE " : " AND ";
      sql += c->column; // BUG
      sql += ' ';
      sql += c->op;
      sql += ' ';
      sql += std::to_string(c->value);
    }
    return sql;
  }

private:
  std::string table_;
  std::vector<const Clause *> clauses_;
};

static std::string col(const std::string &prefix, const char *name) { return prefix + "." + name; }

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alias = argc > 2 ? std::string(argv[2], 1) : "t";
  std::string age_col = col(alias, "age");
  Clause by_age{ age_col, ">", n * 2 };
  Clause by_score{ col(alias, "score"), ">=", n * 10 }; // the temporary dies here
  Clause by_id{ age_col, "!=", 0 };
  Query q("users " + alias);
  q.where(by_age).where(by_score).where(by_id);
  std::string sql = q.render();
  std::printf("%s\n", sql.c_str());
  return 0;
}
