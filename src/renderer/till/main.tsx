import { createRoot } from 'react-dom/client';

function Till() {
  return <h1>Kassa</h1>;
}

createRoot(document.getElementById('root')!).render(<Till />);
