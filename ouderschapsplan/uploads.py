"""Reading an uploaded plan file in memory only, with a small limit.

Django's default upload handlers keep a file up to 2.5 MB in memory and write anything
larger to a temporary file on disk. A plan file holds what parents wrote about their
children, so the builder's upload view replaces them with `PlanFileUploadHandler`: the
one file field is kept in a `BytesIO` of at most `limit` bytes; a larger file (or a
request body far larger than that) is not read into memory at all: the parser skips the
rest of the request and the view reports the file as too large. Nothing is written to
disk, and the bytes are gone with the request.
"""

import io

from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopFutureHandlers, StopUpload

FIELD_NAME = "plan_file"
# The form around the file (CSRF token, file part headers) adds well under this.
REQUEST_OVERHEAD = 16 * 1024


class PlanFileUploadHandler(FileUploadHandler):
    def __init__(self, request=None, *, limit):
        super().__init__(request)
        self.limit = limit
        self.too_large = False
        self.buffer = None
        self.received = 0
        self.seen_file = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length and content_length > self.limit + REQUEST_OVERHEAD:
            self.too_large = True
        return None

    def new_file(
        self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None
    ):
        super().new_file(field_name, file_name, content_type, content_length, charset, content_type_extra)
        if self.too_large:
            raise StopUpload(connection_reset=False)
        if field_name != FIELD_NAME or self.seen_file:
            raise SkipFile()  # only the one file we asked for
        self.seen_file = True
        self.buffer = io.BytesIO()
        self.received = 0
        raise StopFutureHandlers()

    def receive_data_chunk(self, raw_data, start):
        if self.buffer is None:
            return None
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_large = True
            self.buffer = None
            raise StopUpload(connection_reset=False)
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        if self.buffer is None:
            return None
        self.buffer.seek(0)
        uploaded = InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
        self.buffer = None
        return uploaded
