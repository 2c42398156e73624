"""The store's triple count is kept beside the database, so no command reads the whole store to count it;
it must always equal what a full count of the database gives."""

import pyoxigraph as ox
import pytest

from pipeline.store import open_store
from pipeline.store.oxigraph import COUNT_NAME


def _full_count(store_dir) -> int:
    return len(ox.Store.read_only(str(store_dir)))


def _quads(graph: str, n: int) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                    ox.Literal(str(i)), g) for i in range(n)]


@pytest.fixture()
def store_dir(tmp_path):
    store = open_store(str(tmp_path / "store"))
    store.put_graph(ox.NamedNode("https://example.org/a"), _quads("https://example.org/a", 5))
    return tmp_path / "store"


def test_store_count_is_carried_across_writes_without_recounting(store_dir, monkeypatch):
    store = open_store(str(store_dir))
    assert store.count() == 5 == _full_count(store_dir)
    store.put_graph(ox.NamedNode("https://example.org/b"), _quads("https://example.org/b", 7))
    store.put_graph(ox.NamedNode("https://example.org/a"), _quads("https://example.org/a", 2))   # replaced
    store.put_graph(ox.NamedNode("https://example.org/b"), _quads("https://example.org/b", 7) * 2)  # duplicates
    store.drop_graph(ox.NamedNode("https://example.org/b"))
    store.drop_graph(ox.NamedNode("https://example.org/nothing"))
    monkeypatch.setattr(ox.Store, "__len__", lambda self: pytest.fail("the store was counted in full"))
    assert store.count() == 2
    monkeypatch.undo()
    assert _full_count(store_dir) == 2


def test_store_count_is_recounted_after_a_change_made_behind_its_back(store_dir):
    assert open_store(str(store_dir)).count() == 5
    raw = ox.Store(str(store_dir))                       # another program writes the database
    raw.add(ox.Quad(ox.NamedNode("https://example.org/x"), ox.NamedNode("https://example.org/p"),
                    ox.Literal("x"), ox.NamedNode("https://example.org/c")))
    raw.flush()
    del raw
    assert open_store(str(store_dir)).count() == 6 == _full_count(store_dir)


def test_store_count_survives_a_damaged_or_missing_count_file(store_dir):
    (store_dir / COUNT_NAME).write_text("{not json", encoding="utf-8")
    assert open_store(str(store_dir)).count() == 5
    (store_dir / COUNT_NAME).unlink()
    assert open_store(str(store_dir), read_only=True).count() == 5


def test_store_count_after_an_update_that_may_touch_any_graph(store_dir):
    store = open_store(str(store_dir))
    store.update("INSERT DATA { GRAPH <https://example.org/d> { <https://example.org/s> "
                 "<https://example.org/p> 1, 2, 3 } }")
    assert store.count() == 8 == _full_count(store_dir)
