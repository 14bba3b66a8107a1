"""The CUPS-PDF queue the printing tests print to."""
from __future__ import annotations

import pytest

from tests.printing.cups import PdfQueue


@pytest.fixture(scope="session")
def pdf_queue_server():
    queue = PdfQueue()
    queue.start()
    yield queue
    queue.stop()


@pytest.fixture
def pdf_queue(pdf_queue_server):
    """The queue, enabled and with its output folder empty."""
    pdf_queue_server.enable()
    for old in pdf_queue_server.printed():
        old.unlink()
    yield pdf_queue_server
    pdf_queue_server.enable()
