"""Print the folder of the demo corpus shipped in the package (used by `make demo`)."""

from importlib import resources


def demo_corpus_path() -> str:
    return str(resources.files("newsweave.data").joinpath("demo"))


if __name__ == "__main__":
    print(demo_corpus_path())
