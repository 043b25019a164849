//! A TCP proxy on 127.0.0.1 between the adapter and PostgreSQL, which a
//! test can cut and restore to simulate network failures.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

/// Where the local PostgreSQL server listens.
pub const POSTGRES: &str = "127.0.0.1:5432";

/// A proxy to [`POSTGRES`] on a free loopback port.
pub struct Proxy {
    port: u16,
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// The accept loop while the proxy is up; `None` while it is cut, so
    /// connection attempts are refused.
    listener: Option<AbortHandle>,
    /// Every forwarding task, so a cut can close their sockets.
    pipes: Vec<AbortHandle>,
    /// Cut everything when a client sends bytes containing this.
    cut_on: Option<Vec<u8>>,
}

impl Proxy {
    /// Starts a proxy on a free port.
    pub async fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let proxy = Proxy {
            port,
            shared: Arc::default(),
        };
        proxy.serve(listener);
        proxy
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Closes every open connection and refuses new ones.
    pub fn cut(&self) {
        self.shared.cut();
    }

    /// Accepts connections again on the same port.
    pub async fn restore(&self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.serve(listener);
    }

    /// Arms a cut that happens when a client sends bytes containing
    /// `pattern`: those bytes are not forwarded.
    pub fn cut_when_client_sends(&self, pattern: &str) {
        self.shared.lock().cut_on = Some(pattern.as_bytes().to_vec());
    }

    fn serve(&self, listener: TcpListener) {
        let shared = Arc::clone(&self.shared);
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let pipe = tokio::spawn(forward(client, Arc::clone(&shared)));
                shared.lock().pipes.push(pipe.abort_handle());
            }
        });
        self.shared.lock().listener = Some(accept.abort_handle());
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.shared.cut();
    }
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn cut(&self) {
        let mut state = self.lock();
        if let Some(listener) = state.listener.take() {
            listener.abort();
        }
        for pipe in state.pipes.drain(..) {
            pipe.abort();
        }
        state.cut_on = None;
    }
}

async fn forward(client: TcpStream, shared: Arc<Shared>) {
    let upstream: SocketAddr = POSTGRES.parse().unwrap();
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();

    let to_server = async {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let read = match client_read.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(read) => read,
            };
            let chunk = &buffer[..read];
            let armed = shared.lock().cut_on.clone();
            if armed.is_some_and(|pattern| contains(chunk, &pattern)) {
                // Cutting aborts this task too, which closes both sockets.
                shared.cut();
                break;
            }
            if server_write.write_all(chunk).await.is_err() {
                break;
            }
        }
    };
    let to_client = tokio::io::copy(&mut server_read, &mut client_write);
    tokio::select! {
        _ = to_server => {}
        _ = to_client => {}
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}
