// EXPECT: global-buffer-overflow
// a JSON pretty-printer appends indentation from a fixed global run of spaces; nesting deeper than the run is long reads past the global
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

static const char kSpaces[] = "                "; // 16 spaces
static const int kIndentWidth = 2;

struct Value {
  enum Kind { Null, Num, Str, Arr, Obj } kind = Null;
  double num = 0;
  std::string str;
  std::vector<std::unique_ptr<Value>> items;
  std::map<std::string, std::unique_ptr<Value>> fields;
};

static std::unique_ptr<Value> num(double d) {
  auto v = std::make_unique<Value>();
  v->kind = Value::Num;
  v->num = d;
  return v;
}

static std::unique_ptr<Value> str(std::string s) {
  auto v = std::make_unique<Value>();
  v->kind = Value::Str;
  v->str = std::move(s);
  return v;
}

class Printer {
public:
  std::string out;
  void indent(int depth) { out.append(kSpaces, (size_t)(depth * kIndentWidth)); } // BUG
  void quoted(const std::string &s) {
    out += '"';
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  void print(const Value &v, int depth) {
    char buf[32];
    switch (v.kind) {
    case Value::Null: out += "null"; break;
    case Value::Num:
      std::snprintf(buf, sizeof buf, "%g", v.num);
      out += buf;
      break;
    case Value::Str: quoted(v.str); break;
    case Value::Arr:
      if (v.items.empty()) { out += "[]"; break; }
      out += "[\n";
      for (size_t i = 0; i < v.items.size(); i++) {
        indent(depth + 1);
        print(*v.items[i], depth + 1);
        out += i + 1 < v.items.size() ? ",\n" : "\n";
      }
      indent(depth);
      out += ']';
      break;
    case Value::Obj: {
      if (v.fields.empty()) { out += "{}"; break; }
      out += "{\n";
      size_t i = 0;
      for (auto &kv : v.fields) {
        indent(depth + 1);
        quoted(kv.first);
        out += ": ";
        print(*kv.second, depth + 1);
        out += ++i < v.fields.size() ? ",\n" : "\n";
      }
      indent(depth);
      out += '}';
      break;
    }
    }
  }
};

int main(int argc, char **argv) {
  int depth = argc > 1 ? std::atoi(argv[1]) : 4;
  std::string name = argc > 2 ? argv[2] : "root";
  auto root = std::make_unique<Value>();
  root->kind = Value::Obj;
  root->fields["name"] = str(name);
  root->fields["size"] = num((double)name.size());
  Value *cur = root.get();
  for (int d = 0; d < depth; d++) {
    auto child = std::make_unique<Value>();
    child->kind = d % 2 ? Value::Obj : Value::Arr;
    Value *next = child.get();
    if (cur->kind == Value::Obj) cur->fields["level" + std::to_string(d)] = std::move(child);
    else {
      cur->items.push_back(num(d));
      cur->items.push_back(std::move(child));
    }
    cur = next;
  }
  if (cur->kind == Value::Obj) cur->fields["leaf"] = str(name.substr(0, 3));
  else cur->items.push_back(str(name.substr(0, 3)));
  Printer p;
  p.print(*root, 0);
  std::printf("%s\n(%zu bytes)\n", p.out.c_str(), p.out.size());
  return 0;
}
