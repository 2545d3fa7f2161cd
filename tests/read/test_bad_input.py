"""Bad input: one clear line naming the file and the problem; the rest of the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

from support import SEED, run_veille

from veille.errors import Problem, ReadFailure
from veille.model import Article
from veille.read import ReadOptions, read_paths

GOOD = " date 2025-03-04 Le maire de Lyon a inauguré mardi une nouvelle ligne de tramway.\n\nLa ligne relie la gare à l'université."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_one(path: Path, options: ReadOptions | None = None) -> Article | ReadFailure:
    (item,) = read_paths([path], options)
    return item


def test_empty_file(tmp_path: Path):
    item = read_one(write(tmp_path, "empty.txt", b"  \n\n"))
    assert isinstance(item, ReadFailure) and item.problem is Problem.EMPTY
    assert str(item) == f"{tmp_path / 'empty.txt'}: empty file"


def test_binary_file(tmp_path: Path):
    item = read_one(write(tmp_path, "photo.txt", bytes(range(256)) * 20))
    assert isinstance(item, ReadFailure) and item.problem is Problem.BINARY


def test_latin1_file_is_read_with_a_warning(tmp_path: Path):
    text = " date 2025-03-04 Le ministre a déclaré : « Nous irons à Besançon. »\n\nIl a précisé l'été."
    item = read_one(write(tmp_path, "latin.txt", text.encode("latin-1")))
    assert isinstance(item, Article)
    assert "déclaré" in item.text and "Besançon" in item.text
    assert any("not UTF-8" in w for w in item.warnings)
    assert item.date == "2025-03-04"


def test_impossible_date(tmp_path: Path):
    item = read_one(write(tmp_path, "bad-date.txt", GOOD.replace("2025-03-04", "2025-13-45").encode()))
    assert isinstance(item, Article)
    assert item.date is None
    assert item.warnings == ["impossible date '2025-13-45': date left unknown"]
    assert item.text.startswith("Le maire de Lyon")


def test_no_date_line(tmp_path: Path):
    item = read_one(write(tmp_path, "undated.txt", GOOD.split(" ", 3)[3].encode()))
    assert isinstance(item, Article)
    assert item.date is None
    assert any("no publication date" in w for w in item.warnings)


def test_five_megabyte_article_is_refused_by_name(tmp_path: Path):
    paragraph = "Le conseil municipal a voté le budget après un long débat sur les transports. "
    big = write(tmp_path, "huge.txt", (" date 2025-03-04 " + paragraph * 70_000).encode())
    assert big.stat().st_size > 5_000_000
    item = read_one(big)
    assert isinstance(item, ReadFailure) and item.problem is Problem.TOO_LARGE
    length = len((paragraph * 70_000).strip())
    assert item.reason == f"{length:,} characters is larger than the 1,000,000-character limit for one article (see --max-chars)"
    assert isinstance(read_one(big, ReadOptions(max_chars=10_000_000)), Article)


def test_unbalanced_quotation_marks_do_not_stop_reading(tmp_path: Path):
    text = " date 2025-03-04 Le maire a dit : « Nous verrons.\n\nLe conseil a voté le budget."
    item = read_one(write(tmp_path, "open-quote.txt", text.encode()))
    assert isinstance(item, Article) and "Le conseil a voté" in item.text


def test_directory_with_one_bad_file_among_good_ones(tmp_path: Path):
    write(tmp_path, "a.txt", GOOD.encode())
    write(tmp_path, "b.bin", b"\x00\x01\x02" * 100)
    write(tmp_path, "c.txt", GOOD.replace("Lyon", "Lille").encode())
    write(tmp_path, "README.md", b"# about this corpus")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]


def test_cli_reports_each_problem_and_analyses_the_rest(tmp_path: Path):
    write(tmp_path, "a.txt", GOOD.encode())
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "z.dat", b"\x00" * 64)
    result = run_veille("analyze", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(d["source"]).name for d in lines] == ["a.txt"]
    errors = result.stderr.splitlines()
    assert f"veille: {tmp_path / 'empty.txt'}: empty file" in errors
    assert f"veille: {tmp_path / 'z.dat'}: binary file, not text" in errors


def test_cli_exit_code_is_non_zero_only_when_nothing_was_analysed(tmp_path: Path):
    empty = write(tmp_path, "empty.txt", b"")
    result = run_veille("analyze", str(empty), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.returncode == 1
    assert f"veille: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr.splitlines()
    assert result.stdout == ""


def test_globs(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", GOOD.encode())
    write(tmp_path, "b.txt", GOOD.replace("Lyon", "Nantes").encode())
    deep = list(read_paths([str(tmp_path / "**" / "*.txt")]))
    assert sorted(Path(a.source).name for a in deep if isinstance(a, Article)) == ["a.txt", "b.txt"]
    (nothing,) = read_paths([str(tmp_path / "*.html")])
    assert isinstance(nothing, ReadFailure) and nothing.reason == "no file matches this pattern"


def test_seed_is_never_lost_in_a_mixed_batch(tmp_path: Path):
    bad = write(tmp_path, "bad.txt", b"")
    items = list(read_paths([bad, SEED]))
    assert isinstance(items[0], ReadFailure) and isinstance(items[1], Article)
