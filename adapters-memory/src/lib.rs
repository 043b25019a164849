pub struct MemoryDatabaseAdapter;
