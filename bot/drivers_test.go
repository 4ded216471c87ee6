package bot

import _ "github.com/briefbot/briefbot/storage/sqlite" // storage.Open of a file in the tests
